"""TMX 1.4b: read (untrusted, with defusedxml) and write translation memories.

Reading streams the file (`iterparse`), so a million-unit TMX does not sit in memory as a
tree. Entity declarations and external references are refused (billion laughs, local file
leaks): the whole file is rejected and nothing is imported. Broken XML is an `InputError`
with its line. A unit that is unusable (no source-language variant, no target, empty
segment) is skipped and reported; the good ones are imported.

Writing produces TMX 1.4b valid against the DTD (one <tu> per unit, origin and state in
<prop>, author and date in changeid/changedate).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError
from xml.sax.saxutils import escape, quoteattr

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from workbench import __version__
from workbench.domain.errors import InputError
from workbench.domain.langtags import same_language
from workbench.storage.atomic import write_text_atomic
from workbench.storage.tm.units import TMUnit

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
INLINE_CODES = {"bpt", "ept", "ph", "it", "ut"}  # their text is native markup: kept as text
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})")
MAX_PROBLEMS_LISTED = 20


@dataclass
class TmxContent:
    source_lang: str
    units: list[TMUnit] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # skipped units, one line each


def read_tmx(path: str | Path, origin: str | None = None) -> TmxContent:
    """The units of a TMX file (one per target variant of each <tu>)."""
    path = Path(path)
    origin = origin or path.name
    content: TmxContent | None = None
    number = 0
    try:
        for _event, element in SafeET.iterparse(str(path), events=("end",)):
            tag = _local(element.tag)
            if tag == "header":
                content = TmxContent(_header_lang(path, element))
            elif tag == "tu":
                if content is None:
                    raise InputError(path, "no <header> before the first <tu>")
                number += 1
                _read_unit(element, number, content, origin)
                element.clear()
    except DefusedXmlException as error:
        raise InputError(path, f"refused: {_defused_reason(error)}") from None
    except ParseError as error:
        line = error.position[0] if error.position else None
        raise InputError(path, f"not well-formed XML ({_parse_reason(error)})", line) from None
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror}") from None
    except LookupError as error:  # an XML declaration naming an encoding Python lacks
        raise InputError(path, f"cannot be read: {error}") from None
    if content is None:
        raise InputError(path, "not a TMX file (no <header>)")
    return content


def _header_lang(path: Path, header: Element) -> str:
    lang = (header.get("srclang") or "").strip()
    if not lang:
        raise InputError(path, "the <header> has no srclang: which language is the source?")
    return lang


def _read_unit(tu: Element, number: int, content: TmxContent, origin: str) -> None:
    name = f"unit {number}" + (f" (tuid {tu.get('tuid')})" if tu.get("tuid") else "")
    source_lang = tu.get("srclang") or content.source_lang
    variants: list[tuple[str, str, Element]] = []
    for tuv in tu:
        if _local(tuv.tag) != "tuv":
            continue
        lang = tuv.get(XML_LANG) or tuv.get("lang") or ""
        seg = next((child for child in tuv if _local(child.tag) == "seg"), None)
        if not lang or seg is None:
            content.problems.append(f"{name}: a <tuv> without xml:lang or <seg>")
            return
        variants.append((lang, _segment_text(seg), tuv))
    if source_lang == "*all*" and variants:
        source_lang = variants[0][0]
    sources = [v for v in variants if same_language(v[0], source_lang)]
    targets = [v for v in variants if not same_language(v[0], source_lang)]
    if not sources or not sources[0][1].strip():
        content.problems.append(f"{name}: no text in the source language {source_lang}")
        return
    if not targets:
        content.problems.append(f"{name}: no translation (only {source_lang})")
        return
    props = {_prop_type(p): (p.text or "") for p in tu if _local(p.tag) == "prop"}
    source = sources[0][1]
    for lang, text, tuv in targets:
        if not text.strip():
            continue
        content.units.append(
            TMUnit(
                source=source,
                target=text,
                source_lang=sources[0][0],
                target_lang=lang,
                origin=origin,
                state=props.get("x-state", "translated") or "translated",
                by=tuv.get("changeid") or tu.get("changeid") or tuv.get("creationid"),
                at=_iso_date(tuv.get("changedate") or tu.get("changedate")),
                segment_id=props.get("x-segment") or None,
                prev_source=props.get("x-context-prev"),
                next_source=props.get("x-context-next"),
            )
        )


def _segment_text(seg: Element) -> str:
    parts = [seg.text or ""]
    for child in seg:
        if _local(child.tag) in INLINE_CODES or _local(child.tag) in {"hi", "sub"}:
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)


def _prop_type(prop: Element) -> str:
    return (prop.get("type") or "").lower()


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _iso_date(value: str | None) -> str | None:
    match = _DATE.match(value or "")
    if not match:
        return None
    y, mo, d, h, mi, s = match.groups()
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}Z"


def _defused_reason(error: DefusedXmlException) -> str:
    name = type(error).__name__
    if "External" in name:
        return "it references an external resource (external entity or DTD)"
    if "Entities" in name:
        return "it declares entities (possible entity expansion attack)"
    return "it uses a forbidden XML construct"


def _parse_reason(error: ParseError) -> str:
    return str(error).split(":", 1)[0]


# ---- writing ---------------------------------------------------------------------------------
def render_tmx(units: Iterable[TMUnit], source_lang: str) -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        f'  <header creationtool="workbench" creationtoolversion={quoteattr(__version__)}'
        f' segtype="sentence" o-tmf="workbench" adminlang="en"'
        f' srclang={quoteattr(source_lang)} datatype="plaintext"/>',
        "  <body>",
    ]
    for unit in units:
        lines.extend(_render_unit(unit))
    lines += ["  </body>", "</tmx>", ""]
    return "\n".join(lines)


def _render_unit(unit: TMUnit) -> list[str]:
    attrs = _change_attrs(unit)
    props = [("x-origin", unit.origin), ("x-state", unit.state)]
    if unit.segment_id is not None:  # read back, a segment's own versions are not its matches
        props.append(("x-segment", unit.segment_id))
    if unit.prev_source is not None:
        props.append(("x-context-prev", unit.prev_source))
    if unit.next_source is not None:
        props.append(("x-context-next", unit.next_source))
    lines = [f"    <tu{attrs}>"]
    lines += [f"      <prop type={quoteattr(kind)}>{_text(value)}</prop>" for kind, value in props]
    for lang, text in ((unit.source_lang, unit.source), (unit.target_lang, unit.target)):
        lines.append(f"      <tuv xml:lang={quoteattr(lang)}><seg>{_text(text)}</seg></tuv>")
    lines.append("    </tu>")
    return lines


def _change_attrs(unit: TMUnit) -> str:
    attrs = ""
    if unit.by:
        attrs += f" changeid={quoteattr(_clean(unit.by))}"
    match = _DATE.match(unit.at or "")
    if match:
        attrs += ' changedate="{}{}{}T{}{}{}Z"'.format(*match.groups())
    return attrs


def _text(value: str) -> str:
    return escape(_clean(value))


def _clean(value: str) -> str:
    return _INVALID_XML.sub("", value)


def write_tmx(path: str | Path, units: Iterable[TMUnit], source_lang: str) -> int:
    """Write `units` as TMX 1.4b (atomically); returns how many were written."""
    kept = [unit for unit in units if unit.target]
    write_text_atomic(path, render_tmx(kept, source_lang))
    return len(kept)
