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
    "床": COUNT, "口": COUNT, "眼": COUNT, "盏": COUNT, "期": COUNT, "根": COUNT, "列": COUNT, "枚": COUNT,
    "组": COUNT, "台套": COUNT, "艘次": COUNT, "份": COUNT, "餐次": COUNT, "餐": COUNT,
    "席": COUNT, "大类": COUNT, "亩次": LEVEL, "户次": COUNT, "班次": COUNT, "车次": COUNT, "架次": COUNT,
    "航次": COUNT, "课时": COUNT, "学时": COUNT, "剂次": COUNT, "篇": COUNT,
    "项次": COUNT, "宗次": COUNT, "笔": COUNT,
    # money, areas, lengths, weights, energy, time
    "元": LEVEL, "美元": LEVEL, "欧元": LEVEL, "平方米": LEVEL, "平方公里": LEVEL, "平方千米": LEVEL,
    "公里": LEVEL, "千米": LEVEL, "米": LEVEL, "公顷": LEVEL, "亩": LEVEL, "吨": LEVEL,
    "千克": LEVEL, "公斤": LEVEL, "克": LEVEL, "斤": LEVEL, "担": LEVEL, "微克": LEVEL, "毫克": LEVEL, "立方米": LEVEL,
    "千瓦": LEVEL, "千瓦时": LEVEL, "兆瓦": LEVEL, "千伏": LEVEL, "度": LEVEL, "吨标准煤": LEVEL,
    "标准箱": LEVEL, "标箱": LEVEL, "个工作日": LEVEL, "工作日": LEVEL, "天": LEVEL,
    "小时": LEVEL, "分钟": LEVEL, "个月": LEVEL, "岁": LEVEL, "倍": LEVEL,
    "周岁": LEVEL, "吉瓦": LEVEL, "方": LEVEL, "立方": LEVEL,
}
# A unit that is the first character of a word when these follow it ("3方面", "两方案").
UNIT_NOT_BEFORE = {"方": "面案式向针法位便言", "立方": "体"}
# Compound units: "39微克/立方米", "5吨/亩": a unit, a slash or 每, and a second unit.
COMPOUND_SECOND_UNITS = ("日", "年", "立方米", "平方米", "平方公里", "公顷", "亩", "人", "户", "吨", "千克", "公斤",
                         "年", "天",
                         "小时", "千瓦时", "万元", "元", "标准箱", "辆")
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
CN_NEVER_UNITS = {"口", "部", "眼", "类", "种", "起", "度", "头", "位", "只", "块", "床", "期", "席", "笔", "篇",
                  "大类", "份"}
# After "N以上/以下" these make the number a threshold of a noun ("5亿元以上项目"), unless it counts
# the noun itself with a measure word ("建成50个以上示范村").
THRESHOLD_UNIT_KINDS = (LEVEL, SHARE)
THRESHOLD_COUNT_UNITS = {"人", "名", "岁", "周岁", "户"}
# Units of capacity: directly followed by a noun they size a plant or line ("45万吨煤矿").
CAPACITY_UNITS = {"千伏", "千瓦", "兆瓦", "吉瓦", "吨", "标准箱", "标箱", "千瓦时", "吨标准煤"}
# After a number these start a clause of their own, not a name: "100万吨以上", "100万吨左右".
NOT_A_NAME_AFTER = ("以上", "以下", "以内", "左右", "上下", "和", "及", "或", "、", "用于", "增长", "下降", "同比")
# "N件实事", "N项具体工作": names of the report's own lists of tasks.
LIST_NAMES = ("实事", "民生工程", "具体工作", "重点工作", "重点任务", "方面工作")
# Nouns of people and households counted straight after 万/亿 ("27万农村人口", "3700多万学生").
PEOPLE_NOUNS = ("人口", "学生", "居民", "群众", "农民", "职工", "在校生", "家庭", "城乡居民", "农村人口", "贫困人口",
                "儿童", "老人", "老年人", "患者", "市民", "村民", "员工", "人才", "毕业生", "游客", "旅客", "农户",
                "贫困群众", "困难群众", "城镇居民", "农村居民", "劳动力", "参保人", "纳税人", "困难人员", "人员",
                "人次", "户家庭", "家庭户", "妇女", "青年", "农民工", "残疾人", "职工群众")
# After "N以上的", a rate noun keeps the number a record ("保持6%以上的增速").
RATE_NOUN_STARTS = ("增", "速", "幅", "水平", "比重", "比例", "目标")
# Structure of the document itself: "抓好以下五个方面、22项具体工作".
STRUCTURE_TAILS = ("工作", "任务", "方面", "领域", "重点")
STRUCTURE_CUES = ("以下", "如下", "抓好", "做好", "突出", "聚焦", "围绕", "部署", "安排", "包括", "主要有", "着力")

# Elided pairs: "城乡居民收入分别增长8.5%、9.5%" pairs 城镇 and 农村.
CONTRACTED_PAIRS = {"城乡": ("城镇", "农村"), "进出口": ("进口", "出口"), "中小学": ("中学", "小学"),
                    "大中型": ("大型", "中型"), "中小": ("中", "小")}

# Leading words that are not part of an indicator name: connectives, time words, planning verbs.
LEAD_WORDS = ("其中", "同时", "全年", "今年", "明年", "当年", "年内", "力争", "确保", "努力", "争取", "全区", "全市",
              "全省", "全县", "全州", "全国", "全旗", "全盟", "实现", "预计", "累计", "我们", "要", "将", "并",
              "和", "及", "与", "、", "共", "还", "再", "也", "又", "都", "拟", "计划", "预期", "推动", "推进",
              "促进", "力求", "努力实现", "保持", "使", "让", "把", "对", "由", "从", "同期", "当期", "年底",
              "年末", "到年底", "届时", "其", "此外", "另外", "的", "以及", "全社会", "共计", "总计", "合计")
# Words that begin with a lead word but are names ("及时率", "对外贸易", "共享单车").
KEEP_PREFIXES = ("及时", "对外", "共享", "共同", "再生", "再就业", "都市", "使用", "要素", "并购", "和谐", "和美",
                 "其他",
                 "拟建", "从业", "由于", "与会", "将军", "还款", "又好", "对口", "保持率", "全社会", "实现率",
                 "累计数", "全年龄", "全域", "全员", "全口径", "全产业链", "全过程", "全民", "全科")
# Trailing verbs between an indicator and its number.
TAIL_WORDS = ("分别", "均", "实际", "同比", "比上年", "年均", "平均", "增长", "下降", "降低", "减少", "提高到",
              "提高至", "提高", "提升至", "提升到", "提升", "达到", "达", "为", "控制在", "保持在", "保持",
              "超过", "超", "逾", "近", "约", "突破", "上升到", "上升", "增加到", "增加", "稳定在", "至", "到",
              "在", "是", "总计", "合计", "累计", "共计", "共", "了", "不低于", "不少于", "不超过", "不高于",
              "力争", "确保", "预计", "分别达到", "累计达到", "总量达到", "压缩", "缩短", "降至", "降到",
              "由", "从", "每", "下降到", "下降至", "降低到", "降低至", "减少到", "减少至", "拟按", "按", "拟",
              "增至", "增到", "升至", "升到", "扩大到", "扩大至", "扩大", "缩小到", "缩小至", "缩小", "压减至",
              "压减到", "压减", "压缩至", "压缩到", "控制到", "稳定", "实现", "完成", "分别为", "均为", "已达",
              "已", "达到了", "增长了", "下降了", "提高了", "增加了", "以上", "左右",
              "约为", "大约", "接近", "不低于", "回落到", "回落至", "回落", "上涨", "涨幅为", "保持在", "净增")
# Verbs after which the counted object comes after the number ("新建3个菜市场", "推出24条措施").
OBJECT_VERBS = ("新建", "新增", "建成", "建设", "完成", "引进", "引导", "增加", "实施", "改造", "推动", "培育",
                "打造", "创建", "开展", "举办", "组织", "选派", "投入", "开设", "解决", "拓宽", "提升",
                "改扩建", "新开工", "开工", "竣工", "整治", "治理", "修复", "认定", "发放", "帮助", "带动",
                "吸纳", "招引", "签约", "落地", "关停", "淘汰", "注销", "转让", "扶持", "资助", "救助",
                "安置", "培训", "服务", "接待", "新投入使用", "投入使用", "对", "把", "将", "有", "等", "共",
                "推出", "出台", "制定", "推进", "推广", "建立", "设立", "组建", "开通", "惠及", "覆盖", "创造",
                "提供", "落实", "储备", "谋划", "编制", "发布", "上线", "布局", "打通", "贯通", "建好", "办好",
                "改建", "扩建", "引入", "培养", "招聘", "招录", "选聘", "获批", "获得", "获", "拥有", "建有",
                "形成", "新培育", "新引进", "新认定", "新签约", "新改建", "新落地", "新建成", "争创", "创成",
                "打响", "提质", "升级", "更新", "铺设", "敷设", "架设", "栽植", "种植", "植树", "造林", "增设",
                "配备", "配置", "新招引", "引育", "集聚", "聚集", "吸引", "实现", "达到", "突破",
                "新开", "开行", "开辟", "运营", "投运", "投产", "助力", "促成", "孵化", "评选", "表彰", "命名",
                "入选", "列入", "纳入", "发行", "增发", "先发行", "新发行", "使用", "动用", "下达", "拨付", "筹措",
                "筹集")
# Objects too generic to stand without their verb ("开工建设项目", "完成投资").
GENERIC_OBJECTS = ("项目", "建设项目", "投资", "工程", "任务", "企业", "面积")
# Verbs that also name an activity as a noun ("研发投入", "技能培训", "节能改造", "植树造林"): a name
# ending with one is a noun phrase, not an action with its object missing.
NOMINAL_VERBS = ("投入", "培训", "改造", "造林", "服务", "治理", "整治", "修复", "建设", "投资", "救助", "安置",
                 "接待", "资助", "扶持", "提升", "淘汰", "认定", "创建", "开展", "植树", "种植", "吸纳", "带动",
                 "转让", "孵化", "更新", "升级", "提质", "配置", "储备", "覆盖")
# Verbs that open an action on what follows ("加快41座桥梁建设", "启动30家市场外迁").
ACTION_VERBS = ("加快", "启动", "推动", "推进", "确定", "调整优化", "调整", "优化", "规范", "先期启动", "支持", "鼓励",
                "引导", "统筹", "完善", "深化", "加强", "强化", "做好", "抓好", "办好", "实施", "新建", "建设",
                "建成", "打造", "培育", "创建", "组织", "开展", "举办", "依托", "围绕", "聚焦", "谋划", "争取",
                "新开工", "开工", "完成", "改造", "提升", "扶持", "发放", "投入", "投资", "安排", "筹集", "落实")
# Names that say when, not what: never an indicator on their own.
TIME_NAMES = ("年底前", "年内", "今年", "明年", "全年", "当年", "十年", "五年", "三年", "两年", "过去五年", "五年来",
              "十年来", "近年来", "同期", "期间", "时期", "年底", "年末", "上半年", "下半年", "届时", "目前")
# Names that are an attribute of the indicator named just before ("…，增速达到10%").
ATTRIBUTE_NAMES = ("增速", "增幅", "涨幅", "强度", "总数", "总量", "规模", "占比", "比重", "总额", "余额", "增长率",
                   "面积", "产值", "营收", "利润", "税收", "数量", "年均增速")
# Names that put the indicator named before them per head ("…总值X亿元，人均达到9万元").
PER_HEAD_NAMES = ("人均", "户均", "亩均", "村均")
# Indicator tails shared by the items of a 分别 list ("A、B参保率分别达到…" → A参保率, B参保率).
SHARED_TAILS = ("参保率", "覆盖率", "达标率", "普及率", "入学率", "巩固率", "完成率", "利用率", "处理率", "治理率",
                "增长率", "优良率", "合格率", "占比", "比重", "比例", "数量", "总量", "增加值", "收入", "总额",
                "规模", "产量", "面积", "人数", "户数", "个数", "投资", "浓度", "天数", "产值", "营收", "营业收入",
                "税收", "利润", "率", "量", "数")

# Part titles: review of the past vs. plans for the coming year or period.
REVIEW_TITLE_WORDS = ("回顾", "过去", "成就", "成绩", "总结", "取得", "完成情况", "工作情况")
TARGET_TITLE_WORDS = ("今年", "重点", "任务", "目标", "计划", "安排", "部署", "建议", "规划", "要求", "思路",
                      "考虑", "做好", "展望", "今后", "未来", "政府自身建设", "做好")
# Sentence cues that a sentence reports what was done (inside a plan part).
RESULT_CUES = ("去年", "上年", "过去一年", "过去五年", "五年来", "一年来", "这一年", "过去的一年")
# Clause cues that a clause sets a target, in a sentence that also reports the past.
CLAUSE_TARGET_CUES = ("今年", "拟", "力争", "确保", "预期", "目标", "计划", "将", "要", "再")
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
