"""Word lists for target extraction: units, comparators, cue words.

General Chinese government-report vocabulary only, never words of one report.
"""

# Measure words and units as written after a number. Value: the measure they imply.
COUNT, LEVEL, SHARE, GROWTH, CHANGE = "count", "level", "share", "growth", "change"

UNITS = {
    # ratios
    "%": SHARE, "‰": SHARE, "个百分点": CHANGE, "百分点": CHANGE,
    # counts of things and people
    "家": COUNT, "个": COUNT, "张": COUNT, "所": COUNT, "处": COUNT, "项": COUNT, "条": COUNT,
    "座": COUNT, "栋": COUNT, "幢": COUNT, "套": COUNT, "户": COUNT, "件": COUNT, "场": COUNT,
    "场次": COUNT, "次": COUNT, "人次": COUNT, "基": COUNT, "辆": COUNT, "台": COUNT, "间": COUNT,
    "人": COUNT, "名": COUNT, "位": COUNT, "支": COUNT, "只": COUNT, "头": COUNT, "株": COUNT,
    "棵": COUNT, "艘": COUNT, "架": COUNT, "部": COUNT, "册": COUNT, "宗": COUNT, "例": COUNT,
    "起": COUNT, "批次": COUNT, "类": COUNT, "种": COUNT, "款": COUNT, "块": COUNT,
    "床": COUNT, "口": COUNT, "眼": COUNT, "盏": COUNT,
    # money, areas, lengths, weights, energy, time
    "元": LEVEL, "美元": LEVEL, "欧元": LEVEL, "平方米": LEVEL, "平方公里": LEVEL, "平方千米": LEVEL,
    "公里": LEVEL, "千米": LEVEL, "米": LEVEL, "公顷": LEVEL, "亩": LEVEL, "吨": LEVEL,
    "千克": LEVEL, "公斤": LEVEL, "克": LEVEL, "微克": LEVEL, "毫克": LEVEL, "立方米": LEVEL,
    "千瓦": LEVEL, "千瓦时": LEVEL, "兆瓦": LEVEL, "千伏": LEVEL, "度": LEVEL, "吨标准煤": LEVEL,
    "标准箱": LEVEL, "标箱": LEVEL, "个工作日": LEVEL, "工作日": LEVEL, "天": LEVEL,
    "小时": LEVEL, "分钟": LEVEL, "个月": LEVEL, "岁": LEVEL, "倍": LEVEL,
}
UNITS_LONGEST_FIRST = sorted(UNITS, key=len, reverse=True)

# Multipliers that may sit between a number and its unit ("3.2万人", "850亿元").
MULTIPLIERS = {"万亿": 10 ** 12, "千万": 10 ** 7, "百万": 10 ** 6, "万": 10 ** 4, "亿": 10 ** 8}

# Comparator words.
ABOUT, AT_LEAST, AT_MOST, RANGE, EXACT = "about", "at_least", "at_most", "range", "exact"
SUFFIX_COMPARATORS = [("左右", ABOUT), ("上下", ABOUT), ("以上", AT_LEAST), ("以内", AT_MOST),
                      ("以下", AT_MOST)]
PREFIX_COMPARATORS = [("不低于", AT_LEAST), ("不少于", AT_LEAST), ("不超过", AT_MOST), ("不高于", AT_MOST),
                      ("超过", AT_LEAST), ("突破", AT_LEAST), ("高于", AT_LEAST), ("低于", AT_MOST),
                      ("控制在", AT_MOST), ("大约", ABOUT), ("约", ABOUT), ("近", ABOUT), ("逾", AT_LEAST),
                      ("超", AT_LEAST)]

# Verbs in front of a percentage that make it a growth rate (unless followed by 到/至: a level).
GROWTH_VERBS = ("增长", "增速", "下降", "降低", "减少", "上涨", "涨幅", "增幅", "回落", "上升", "递增", "递减")
# Words that, in an indicator name, make a percentage a growth rate.
GROWTH_NAMES = ("涨幅", "增速", "增幅", "增长率", "增长")
CHANGE_VERBS = ("增加", "减少", "提高", "下降", "增长", "降低", "提升", "扩大", "缩小", "缩短")

# Last character of a verb that can introduce a counted object written in Chinese numerals
# ("新建两所学校"); other Chinese-numeral quantities are mostly names and slogans (八项规定).
CN_QUANTITY_VERB_ENDINGS = set("建增成设造进到达加少育施办有共计各约近超逾出改完引培新开减提升投签")

# Nouns that make "N个…" a structure of the text rather than a quantity (九个方面, 三个着力).
STRUCTURE_NOUNS = ("方面", "领域", "环节", "层面", "维度", "重点", "阶段", "原则", "导向", "坚持",
                   "必须", "着力", "转变", "结合", "统筹", "定位", "意识", "自信", "维护", "关系", "一批",
                   "优先", "不变", "作用", "目标", "任务", "支撑", "体系", "工程", "板块", "中心")
# Fixed expressions made of numerals and measure words.
IDIOMS = ("千家万户", "千方百计", "万无一失", "一家一户", "千军万马", "万众一心", "百花齐放", "一以贯之",
          "十全十美", "千载难逢", "一张蓝图", "一件事", "一次办", "一网通", "一站式", "一窗", "百年",
          "千年", "万年")

# Place-like nouns right before an area: the area names a zone ("X片区2.2平方公里"), it is no target.
PLACE_ENDINGS = set("区园城镇村港岛湾带圈")
AREA_UNITS = {"平方公里", "平方千米", "公顷", "亩"}
# Units that double as name suffixes: "北京航天706所" is an institute, not 706 schools.
NAME_SUFFIX_UNITS = {"所", "部", "口"}
# Units that are not quantities when a Chinese numeral comes before them.
CN_NEVER_UNITS = {"口", "部", "眼", "类", "种", "起", "度", "头", "位", "只", "块", "床"}

# Elided pairs: "城乡居民收入分别增长8.5%、9.5%" pairs 城镇 and 农村.
CONTRACTED_PAIRS = {"城乡": ("城镇", "农村"), "进出口": ("进口", "出口"), "中小学": ("中学", "小学"),
                    "大中型": ("大型", "中型"), "中小": ("中", "小")}

# Leading words that are not part of an indicator name.
LEAD_WORDS = ("其中", "同时", "全年", "今年", "明年", "当年", "年内", "力争", "确保", "努力", "争取", "全区", "全市",
              "全省", "全县", "全州", "全国", "全旗", "全盟", "实现", "预计", "累计", "我们", "要", "将", "并",
              "和", "及", "与", "、", "共", "还", "再", "也", "又", "都")
# Trailing verbs between an indicator and its number.
TAIL_WORDS = ("分别", "均", "实际", "同比", "比上年", "年均", "平均", "增长", "下降", "降低", "减少", "提高到",
              "提高至", "提高", "提升至", "提升到", "提升", "达到", "达", "为", "控制在", "保持在", "保持",
              "超过", "超", "逾", "近", "约", "突破", "上升到", "上升", "增加到", "增加", "稳定在", "至", "到",
              "在", "是", "总计", "合计", "累计", "共计", "共", "了", "不低于", "不少于", "不超过", "不高于",
              "力争", "确保", "预计", "分别达到", "累计达到", "总量达到", "总量", "压缩", "缩短", "降至", "降到",
              "由", "从", "每", "下降到", "下降至", "降低到", "降低至", "减少到", "减少至")
# Verbs after which the counted object comes after the number ("新建3个菜市场").
OBJECT_VERBS = ("新建", "新增", "建成", "建设", "完成", "引进", "引导", "增加", "实施", "改造", "推动", "培育",
                "打造", "创建", "开展", "举办", "组织", "选派", "投入", "开设", "解决", "拓宽", "提升",
                "改扩建", "新开工", "开工", "竣工", "整治", "治理", "修复", "认定", "发放", "帮助", "带动",
                "吸纳", "招引", "签约", "落地", "关停", "淘汰", "注销", "转让", "扶持", "资助", "救助",
                "安置", "培训", "服务", "接待", "新投入使用", "投入使用", "对", "把", "将", "有", "等", "共")

# Part titles: review of the past vs. plans for the coming year or period.
REVIEW_TITLE_WORDS = ("回顾", "过去", "成就", "成绩", "总结", "取得", "完成情况", "工作情况")
TARGET_TITLE_WORDS = ("今年", "重点", "任务", "目标", "计划", "安排", "部署", "建议", "规划", "要求", "思路",
                      "考虑", "做好", "展望", "今后", "未来", "政府自身建设", "做好")
# Sentence cues that a sentence reports what was done (inside a plan part).
RESULT_CUES = ("去年", "上年", "过去一年", "过去五年", "五年来", "一年来", "这一年", "过去的一年")
# Sentence cues that a sentence sets a target (inside a review part).
TARGET_CUES = ("预期目标", "今年要", "今年将", "力争", "确保")

# Words of a qualitative target in the 预期目标 paragraph.
QUALITATIVE_CUES = ("增长", "同步", "下达", "稳定", "改善", "平衡", "下降", "提高", "提升", "完成", "控制",
                    "前列", "取得", "保持", "增强", "优化", "降低", "减少", "提质", "防控", "回升", "向好", "稳居")
QUALITATIVE_TAILS = ("继续", "基本", "有效", "进一步", "明显", "稳中", "稳步", "持续", "显著", "状况", "总体",
                     "逐步", "不断", "更加", "实际")
GOALS_WORDS = ("预期目标",)
# Sentences after the goal list that explain rather than set targets.
GOALS_END_WORDS = ("上述", "这里", "提出", "实现这些", "实际工作", "考虑", "主要是", "完成上述", "为实现")
