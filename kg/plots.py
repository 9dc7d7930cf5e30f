"""PNG charts of an analysis report (matplotlib), with Chinese labels drawn in a CJK font.

matplotlib's default font (DejaVu Sans) has no Chinese glyphs and draws
empty boxes ("tofu") for them, so every chart is drawn with a font that is
checked to hold the glyphs of its labels. :func:`find_cjk_font` looks for one
(Noto Sans CJK, Source Han Sans, WenQuanYi, SimHei ...) and fails with the
install command when the machine has none.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError

# Families tried first, best first; any other font that has the sample glyphs will do after them.
PREFERRED_FAMILIES: tuple[str, ...] = (
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "SimHei", "Noto Sans CJK TC",
    "Noto Sans CJK JP", "Droid Sans Fallback", "AR PL UMing CN",
)
# Characters every Chinese label font must have: common ones plus the quotes in programme names.
SAMPLE_TEXT = "工业和信息化部金壮龙重大技术装备攻关工程“”、"
INSTALL_HINT = (
    "install a Chinese font: on Debian/Ubuntu `sudo apt-get install fonts-noto-cjk` "
    "(or run `sudo tools/install-test-deps.sh`), on Fedora `sudo dnf install google-noto-sans-cjk-fonts`; "
    "or pass --font PATH to a .ttf/.otf/.ttc font with Chinese glyphs"
)
TIMELINE_FILE = "program-mentions.png"
OFFICIALS_FILE = "officials-programs.png"
TYPE_COLOURS = {"Official": "#d62728", "Program": "#1f77b4"}


@dataclass(frozen=True)
class CjkFont:
    """A font that has Chinese glyphs: its family name (as matplotlib knows it), file and face in the file."""

    family: str
    path: str
    index: int = 0


def has_glyphs(path: str, text: str, index: int = 0) -> bool:
    """True when the font file (face ``index`` of a collection) has a glyph for every character of ``text``."""
    from matplotlib.ft2font import FT2Font

    try:
        face = FT2Font(path, face_index=index) if index else FT2Font(path)
    except (OSError, RuntimeError, TypeError):
        return False
    return all(face.get_char_index(ord(ch)) != 0 for ch in text if not ch.isspace())


def find_cjk_font(font: Path | None = None) -> CjkFont:
    """A font with Chinese glyphs: ``font`` when given, else the best one installed.

    Looks in matplotlib's font list and, when that cache predates a newly
    installed font, in the system font folders again. Raises ``KgError``
    naming the fix when no font has the glyphs of ``SAMPLE_TEXT``.
    """
    from matplotlib import font_manager

    if font is not None:
        path = Path(font).expanduser()
        if not path.is_file():
            raise KgError(f"font file {path} does not exist; {INSTALL_HINT}")
        if not has_glyphs(str(path), SAMPLE_TEXT):
            raise KgError(f"font {path} has no Chinese glyphs (tried {SAMPLE_TEXT}); {INSTALL_HINT}")
        font_manager.fontManager.addfont(str(path))
        return CjkFont(font_manager.FontProperties(fname=str(path)).get_name(), str(path))

    found = _pick_font(font_manager.fontManager.ttflist)
    if found is None:
        # matplotlib caches its font list: a font installed after the cache was built is not in it.
        known = {entry.fname for entry in font_manager.fontManager.ttflist}
        for path in font_manager.findSystemFonts():
            if path not in known:
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError) as err:
                    warnings.warn(f"skipping unreadable font {path}: {err}", stacklevel=2)
        found = _pick_font(font_manager.fontManager.ttflist)
    if found is None:
        raise KgError(f"no font with Chinese glyphs was found for the charts; {INSTALL_HINT}")
    return found


def _pick_font(entries) -> CjkFont | None:
    by_family: dict[str, list] = {}
    for entry in entries:
        by_family.setdefault(entry.name, []).append(entry)
    candidates = [f for f in PREFERRED_FAMILIES if f in by_family]
    candidates += sorted(f for f in by_family if f not in PREFERRED_FAMILIES)
    for family in candidates:
        # Regular weight first: a bold face as the only entry still renders, just heavier.
        for entry in sorted(by_family[family], key=lambda e: (e.weight != 400 and e.weight != "normal", e.fname)):
            index = getattr(entry, "index", 0)  # face in a .ttc collection (matplotlib >= 3.10)
            if has_glyphs(entry.fname, SAMPLE_TEXT, index):
                return CjkFont(family, entry.fname, index)
    return None


def _new_figure(width: float, height: float):
    """A figure drawn without pyplot (no global state, no GUI backend)."""
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=110, layout="constrained")


def font_rc(font: CjkFont) -> dict:
    """matplotlib rc settings that draw text in ``font`` (DejaVu Sans after it for anything it lacks)."""
    return {"font.family": "sans-serif", "font.sans-serif": [font.family, "DejaVu Sans"], "axes.unicode_minus": False}


def plot_program_timeline(timeline: dict, path: Path, font: CjkFont, top: int = 25) -> Path:
    """A heat map of how many articles mention each programme per period (top ``top`` programmes)."""
    import matplotlib
    import numpy as np
    from matplotlib.ticker import MaxNLocator

    programs = timeline["programs"][:top]
    periods = timeline["periods"]
    if not programs:
        raise KgError("the graph mentions no programme: there is no programme timeline to plot")
    counts = np.array([[p["counts"].get(period, 0) for period in periods] for p in programs])
    with matplotlib.rc_context(font_rc(font)):
        figure = _new_figure(2.6 + 1.1 * len(periods), 1.2 + 0.32 * len(programs))
        axes = figure.add_subplot()
        image = axes.imshow(counts, cmap="Blues", aspect="auto", vmin=0)
        axes.set_xticks(range(len(periods)), labels=["无日期 undated" if p == "undated" else p for p in periods])
        axes.set_yticks(range(len(programs)), labels=[p["name"] for p in programs])
        for (row, column), value in np.ndenumerate(counts):
            if value:
                colour = "white" if value > counts.max() / 2 else "black"
                axes.text(column, row, str(value), ha="center", va="center", color=colour, fontsize=9)
        shown = f"（前{len(programs)}项）" if len(programs) < len(timeline["programs"]) else ""
        axes.set_title(f"规划与工程被提及的文章数（按{_PERIOD_ZH[timeline['period']]}）{shown}\n"
                       f"Articles mentioning each programme per {timeline['period']}"
                       + (f" (top {len(programs)} of {len(timeline['programs'])})" if shown else ""))
        axes.set_xlabel("发布时间 publication date")
        colorbar = figure.colorbar(image, ax=axes, label="文章数 articles", shrink=0.6)
        colorbar.locator = MaxNLocator(integer=True)  # counts of articles: no 0.25 ticks
        colorbar.update_ticks()
        _save(figure, path)
    return path


_PERIOD_ZH = {"month": "月", "year": "年", "day": "日"}


def plot_officials_by_programs(officials: list[dict], path: Path, font: CjkFont) -> Path:
    """A bar chart of officials by the number of programmes they discuss (officials with none left out)."""
    import matplotlib

    from matplotlib.ticker import MaxNLocator

    rows = [r for r in officials if r["count"] > 0]
    if not rows:
        raise KgError("no official discusses a programme in this graph: there is no officials chart to plot")
    rows = rows[::-1]  # barh draws bottom-up: the busiest official on top
    with matplotlib.rc_context(font_rc(font)):
        figure = _new_figure(7.5, 1.2 + 0.42 * len(rows))
        axes = figure.add_subplot()
        bars = axes.barh([f"{r['name']}  {r['name_en'] or ''}".strip() for r in rows], [r["count"] for r in rows],
                         color=TYPE_COLOURS["Official"])
        axes.bar_label(bars, padding=3)
        axes.set_xlabel("讨论的规划与工程数 programmes discussed")
        axes.set_title("官员按讨论的规划与工程数排序\nOfficials by number of programmes discussed")
        axes.spines[["top", "right"]].set_visible(False)
        axes.margins(x=0.12)
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        _save(figure, path)
    return path


def _save(figure, path: Path) -> None:
    # A missing glyph is a warning in matplotlib; here it is an error: a chart with tofu is not written.
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r"Glyph .* missing from")
        try:
            figure.savefig(path)
        except UserWarning as err:
            raise KgError(f"{path}: {err}; {INSTALL_HINT}") from None


def write_plots(report: dict, folder: Path, font: Path | None = None) -> list[Path]:
    """Write the charts of an :func:`kg.analyze.analyze` report into ``folder`` (created); returns their paths."""
    os.environ.setdefault("MPLBACKEND", "Agg")  # no display needed, even if pyplot gets imported elsewhere
    cjk = find_cjk_font(font)
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise KgError(f"cannot create the plot folder {folder}: {err.strerror}") from None
    return [
        plot_program_timeline(report["timeline"], folder / TIMELINE_FILE, cjk),
        plot_officials_by_programs(report["officials_by_programs"], folder / OFFICIALS_FILE, cjk),
    ]
