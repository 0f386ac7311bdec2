"""The app starts on Fusion by its command-line style argument (no Python call to app.style() at startup)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path


def test_the_application_starts_on_fusion_and_keeps_it_across_themes(tmp_path: Path) -> None:
    code = textwrap.dedent(
        """
        import sys
        from wizard.gui import prepare_application
        from wizard.settings import load_settings
        from wizard.ui.theme import apply_theme
        app = prepare_application(load_settings(sys.argv[1]))
        names = [app.style().name()]
        apply_theme("high_contrast"); apply_theme("dark")
        names.append(app.style().name())
        print(" ".join(names))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WIZARD_LOG_DIR": str(tmp_path / "logs"),
           "WIZARD_CONFIG_DIR": str(tmp_path / "config"), "QT_STYLE_OVERRIDE": "Windows"}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "w.sqlite")], env=env,
                            capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.split() == ["fusion", "fusion"]
