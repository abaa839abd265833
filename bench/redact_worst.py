"""The redactor on the worst inputs we know of (50,000 characters of one shape each): none may
be quadratic. Run: .venv/bin/python bench/redact_worst.py (figures in docs/benchmarks.md)."""

import time

from publisher.redact import redact

cases = {
    "digits": "1" * 50000,
    "spaced digits": "1 " * 25000,
    "dots": "123." * 12500,
    "minority": "扎西" * 25000,
    "table": ("| 王五 | 李四 | 张三 |\n") * 3000,
    "social": "微信号" * 15000,
    "nickname": "昵称：" * 15000,
    "phone words": "电话" * 25000,
    "bullets": "◇ 王某，" * 8000,
    "latin": "王五 ABC " * 8000,
    "stars": "1234****" * 6000,
    "newline digits": "123456\n" * 7000,
    "village groups": "柳树湾村五组，" * 7000,
    "table-cell digits": "| 1234567 " * 5000,
    "kinship words": "同学一子之女表姐" * 6000,
    "words after labels": "员工宿舍顾客海洋" * 6000,
    "broken mobiles": "139-\n" * 10000,
    "written e-mail": "ab at " * 8000,
    "quoted nicknames": "网友“阿强”（" * 6000,
    "titles in quotes": "“王老板”" * 8000,
    "rows with IDs": "| 1 | 胜利 | 身份证330106198802142710 |\n" * 1500,
    "addresses in a record": ("身份证330106198802142710，" + "路" * 60 + "号，") * 600,
    "spreadsheet numbers": "1.23456E+17," * 5000,
}
for name, text in cases.items():
    started = time.perf_counter()
    redact({"id": "x", "text": text, "target_type": "individual", "target_name": "某甲"})
    print(f"{name:16} {len(text):6} {time.perf_counter() - started:6.2f}s", flush=True)
