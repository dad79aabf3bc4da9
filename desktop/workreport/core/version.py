"""Version stamp of what the parser and extractors produce.

Bump PARSER_VERSION when parse, target extraction or metadata detection change
what they produce: the library re-parses reports stamped with an older one.
"""

PARSER_VERSION = 2  # 2: targets carry direction, period, scope and canonical ids
