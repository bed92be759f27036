"""docs/examples/explore.ipynb runs from top to bottom and shows no personal data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "docs" / "examples" / "explore.ipynb"


class TestExploreNotebook:
    def test_is_stored_without_outputs(self) -> None:
        """The notebook is kept clean: no outputs, no execution counts."""
        document = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
        for cell in document["cells"]:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == []
                assert cell["execution_count"] is None
        assert document["metadata"]["kernelspec"]["name"] == "python3"

    # Some jupyter_core/jupyter_client versions warn about their own deprecations (paths,
    # datetime.utcnow); the notebook's cells are what this test is about.
    @pytest.mark.filterwarnings("ignore::DeprecationWarning")
    def test_runs_without_error(self) -> None:
        """Every cell runs; the HTML views appear and never show the phone number in clear."""
        # Imported here, not skipped when missing: they are test extras, and a notebook that
        # was not run must fail the test command.
        import nbclient
        import nbformat

        notebook = nbformat.read(NOTEBOOK, as_version=4)  # type: ignore[no-untyped-call]
        client = nbclient.NotebookClient(
            notebook,
            kernel_name="python3",
            timeout=120,
            resources={"metadata": {"path": str(NOTEBOOK.parent)}},
        )
        client.execute()
        outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
        assert not [o for o in outputs if o.output_type == "error"]
        html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
        assert any("<svg" in h for h in html)  # the report's bar charts
        assert any("憲法記念日" in h for h in html)  # the month calendar
        everything = json.dumps([dict(o) for o in outputs], ensure_ascii=False)
        assert "090-1234-5678" not in everything
        assert "1234-5678" not in everything
