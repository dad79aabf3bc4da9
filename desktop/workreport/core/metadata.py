"""Title block and issuing notice: title, issuer, document number, meeting, date, speaker."""

import re

from .model import Metadata
from .textnorm import cn_to_int

_CN = "〇零一二三四五六七八九十"
_DATE = re.compile(rf"([0-9]{{4}}|[{_CN}]{{4}})\s*年\s*([0-9]{{1,2}}|[{_CN}]{{1,3}})\s*月"
                   rf"\s*([0-9]{{1,2}}|[{_CN}]{{1,3}})\s*日")
_MEETING = re.compile(r"第[一二三四五六七八九十]+届.{0,24}?人民代表大会(?:常务委员会)?"
                      r"第[一二三四五六七八九十]+次(?:全体)?会议")
_SPEAKER = re.compile(
    r"^[—\-－\s]*(.{0,30}?(?:总理|副总理|省长|市长|区长|县长|州长|主席|旗长|盟长))[\s:：]+([\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,5})\s*$")
_DOCNO = re.compile(r"[\u4e00-\u9fff]{1,8}[发函字]\s*[〔\[［(（]\s*\d{4}[^\s，。,]{0,8}")


def _iso(m) -> str:
    y, mo, d = m.groups()
    year = int(y) if y.isdigit() else int("".join(str(cn_to_int(c)) for c in y))
    month = int(mo) if mo.isdigit() else cn_to_int(mo)
    day = int(d) if d.isdigit() else cn_to_int(d)
    if not (month and day and 1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def extract_metadata(front: list[str], closing: list[str]) -> Metadata:
    md = Metadata()
    joined = "".join(front)
    notice_idx = None
    for i, line in enumerate(front):
        if ("关于印发" in line or line.endswith("通知")) and "政府工作报告" in "".join(front[i:i + 2]):
            notice_idx = i
            break
    for line in front:
        plain = line.strip("《》 *#")
        if "工作报告" in plain and len(plain) <= 40 and "通知" not in plain and "关于" not in plain:
            md.title = plain.replace("《", "").replace("》", "").strip()
            break
    if not md.title:
        for line in front:
            if 2 <= len(line) <= 40:
                md.title = line.strip()
                break
    if notice_idx is not None:
        notice = front[notice_idx] + (front[notice_idx + 1] if not front[notice_idx].endswith("通知")
                                      and notice_idx + 1 < len(front) else "")
        if "关于" in notice:
            md.issuer = notice.split("关于", 1)[0].strip()
        for line in front:
            dm = _DOCNO.search(line)
            if dm:
                md.doc_number = dm.group(0).strip()
                break
        for line in closing:
            if "印发" in line:
                dm = _DATE.search(line)
                if dm:
                    md.notice_date = _iso(dm)
                if not md.issuer:
                    md.issuer = re.split(r"\s{2,}|\d", line, maxsplit=1)[0].strip()
    mm = _MEETING.search(joined)
    if mm:
        md.meeting = mm.group(0)
        # the delivery date is the date just before the meeting phrase
        dates = [d for d in _DATE.finditer(joined) if d.end() <= mm.start()]
        if dates:
            md.date = _iso(dates[-1])
    if not md.date:
        for dm in _DATE.finditer(joined):
            if joined[dm.end():dm.end() + 2].startswith("在"):
                md.date = _iso(dm)
                break
    for line in front:
        sm = _SPEAKER.match(line.strip("*# "))
        if sm and "会议" not in line:
            md.office = sm.group(1).strip("—- 　")
            md.speaker = sm.group(2)
            break
    return md
