"""Work Report Reader (政府工作报告阅读器)."""

__version__ = "0.1.0"
