"""kg.plots: PNG charts with Chinese labels drawn in a font that has their glyphs (no tofu boxes)."""

from __future__ import annotations

import warnings
from pathlib import Path

import matplotlib
import pytest
from matplotlib import font_manager

from kg.analyze import analyze
from kg.errors import KgError
from kg.plots import (
    OFFICIALS_FILE,
    SAMPLE_TEXT,
    TIMELINE_FILE,
    CjkFont,
    find_cjk_font,
    has_glyphs,
    plot_officials_by_programs,
    write_plots,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DEJAVU = str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")


@pytest.fixture(scope="module")
def cjk_font() -> CjkFont:
    try:
        return find_cjk_font()
    except KgError as err:
        pytest.skip(f"no Chinese font on this machine ({err}); `make test` installs fonts-noto-cjk where it can")


@pytest.fixture(scope="module")
def report(sample_entity_graph) -> dict:
    return analyze(sample_entity_graph)


def label_text(report: dict) -> str:
    """Every character the charts draw from the data: programme and official names."""
    names = [p["name"] for p in report["timeline"]["programs"]]
    names += [f"{o['name']} {o['name_en'] or ''}" for o in report["officials_by_programs"]]
    return "".join(sorted(set("".join(names))))


def test_analyze_plots_font_has_every_glyph_the_charts_need(cjk_font, report):
    text = label_text(report)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text)
    assert has_glyphs(cjk_font.path, text + SAMPLE_TEXT, cjk_font.index), f"{cjk_font} lacks glyphs of {text}"


def test_analyze_plots_matplotlib_resolves_labels_to_the_cjk_font(cjk_font):
    """The rc settings the charts use make matplotlib pick the CJK font file, not DejaVu Sans."""
    from kg.plots import font_rc

    with matplotlib.rc_context(font_rc(cjk_font)):
        resolved = font_manager.findfont(font_manager.FontProperties(), fallback_to_default=False)
    assert resolved == cjk_font.path


def test_analyze_plots_writes_two_pngs_without_missing_glyphs(cjk_font, report, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a "Glyph … missing from font" warning fails the test
        paths = write_plots(report, tmp_path / "charts")
    assert [p.name for p in paths] == [TIMELINE_FILE, OFFICIALS_FILE]
    for path in paths:
        data = path.read_bytes()
        assert data.startswith(PNG_SIGNATURE) and len(data) > 10_000
    from PIL import Image

    with Image.open(paths[0]) as image:  # one row per programme: a tall chart
        assert image.height > image.width


def test_analyze_plots_a_font_without_chinese_glyphs_is_refused_not_drawn_as_tofu(report, tmp_path):
    """The detector works: drawing Chinese labels in DejaVu Sans raises instead of writing boxes."""
    latin_only = CjkFont("DejaVu Sans", DEJAVU)
    with pytest.raises(KgError, match="fonts-noto-cjk"):
        plot_officials_by_programs(report["officials_by_programs"], tmp_path / "tofu.png", latin_only)
    assert not (tmp_path / "tofu.png").exists()


def test_analyze_plots_font_option_must_have_chinese_glyphs(tmp_path):
    with pytest.raises(KgError, match="has no Chinese glyphs"):
        find_cjk_font(Path(DEJAVU))
    with pytest.raises(KgError, match="does not exist"):
        find_cjk_font(tmp_path / "missing.otf")


def test_analyze_plots_no_font_installed_names_the_fix(monkeypatch):
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [e for e in font_manager.fontManager.ttflist if e.fname == DEJAVU])
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda *a, **k: [])
    with pytest.raises(KgError, match=r"apt-get install fonts-noto-cjk.*--font PATH"):
        find_cjk_font()


def test_analyze_plots_cli_writes_the_charts(cjk_font, sample_graph, tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["analyze", "--graph", str(sample_graph), "--json", "--plot", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert f"wrote {tmp_path / TIMELINE_FILE}" in result.stderr
    assert result.stdout.lstrip().startswith("{")  # stdout stays one JSON document
    assert (tmp_path / OFFICIALS_FILE).is_file()


def test_analyze_plots_finds_a_font_installed_after_matplotlib_cached_its_list(cjk_font, monkeypatch):
    """A stale font cache (fonts installed after matplotlib first ran) is rescanned, not reported as no font."""
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [e for e in font_manager.fontManager.ttflist if e.fname == DEJAVU])
    found = find_cjk_font()
    assert has_glyphs(found.path, SAMPLE_TEXT, found.index)
