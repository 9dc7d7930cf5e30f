"""ipkg: a knowledge graph of Chinese industrial policy from news text."""

__version__ = "0.1.0"
