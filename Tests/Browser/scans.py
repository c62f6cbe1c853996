"""A scanned agreement for the browser tests, made as the import tests make theirs
(Tests/DiligenceTestSupport/PDFFixture.swift): a text PDF in Helvetica, rendered by poppler's
pdftoppm to grey pages, wrapped again as a PDF of images only (no text layer: it needs OCR)."""

import subprocess
import tempfile
from pathlib import Path

PAGES = [[
    "ARTICLE 9 PROTECTION FROM SEXUAL EXPLOITATION AND ABUSE", "",
    "9.1 The Partner shall promptly and confidentially report to the Agency any",
    "allegation of sexual exploitation and abuse by its personnel.", "",
    "9.2 The Agency may terminate this Agreement immediately if the Partner breaches",
    "its obligations on sexual exploitation and abuse.",
]]


def _stream(content, dictionary):
    return b"<< " + dictionary.encode() + b"/Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream"


def _assemble(objects):
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for index, body in enumerate(objects):
        offsets.append(len(pdf))
        pdf += f"{index + 1} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(pdf)
    table = f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"
    table += "".join(f"{offset:010d} 00000 n \n" for offset in offsets)
    table += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return bytes(pdf + table.encode())


def text_pdf(pages):
    def escape(line):
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    kids = " ".join(f"{4 + i * 2} 0 R" for i in range(len(pages)))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for index, lines in enumerate(pages):
        body = "BT /F1 11 Tf 14 TL 56 790 Td\n" + "".join(f"({escape(line)}) Tj T*\n" for line in lines) + "ET\n"
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + index * 2} 0 R >>".encode())
        objects.append(_stream(body.encode("latin-1"), ""))
    return _assemble(objects)


def _pgm(data):
    fields, index = [], 2
    while len(fields) < 3:
        if data[index:index + 1] == b"#":
            index = data.index(b"\n", index)
        elif data[index:index + 1].isdigit():
            end = index
            while data[end:end + 1].isdigit():
                end += 1
            fields.append(int(data[index:end]))
            index = end
            continue
        index += 1
    index += 1
    return fields[0], fields[1], data[index:index + fields[0] * fields[1]]


def scanned_pdf(pages=PAGES, dpi=150):
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "text.pdf"
        source.write_bytes(text_pdf(pages))
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(source), str(Path(folder) / "scan")], check=True)
        images = [_pgm(path.read_bytes()) for path in sorted(Path(folder).glob("scan*.pgm"))]
    kids = " ".join(f"{3 + i * 3} 0 R" for i in range(len(images)))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {len(images)} >>".encode()]
    for index, (width, height, pixels) in enumerate(images):
        w, h = width * 72 / dpi, height * 72 / dpi
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w:.2f} {h:.2f}] /Resources << /XObject << /Im1 {4 + index * 3} 0 R >> >> /Contents {5 + index * 3} 0 R >>".encode())
        objects.append(_stream(pixels, f"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 8 "))
        objects.append(_stream(f"q {w:.2f} 0 0 {h:.2f} 0 0 cm /Im1 Do Q\n".encode(), ""))
    return _assemble(objects)
