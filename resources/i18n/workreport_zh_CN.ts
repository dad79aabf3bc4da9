<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Work Report Reader</source>
        <translation>政府工作报告阅读器</translation>
    </message>
    <message>
        <source>Version {version} · Licence: {licence}</source>
        <translation>版本 {version} · 许可协议：{licence}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>当前报告</translation>
    </message>
    <message>
        <source>Dictionary data</source>
        <translation>词典数据</translation>
    </message>
    <message>
        <source>Dictionary look-ups use CC-CEDICT, © MDBG and the CC-CEDICT contributors, licensed under Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0).</source>
        <translation>查词功能使用 CC-CEDICT 词典，© MDBG 及 CC-CEDICT 贡献者，依据知识共享署名—相同方式共享 4.0 国际许可协议（CC BY-SA 4.0）授权。</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>第三方软件</translation>
    </message>
    <message>
        <source>Full notices: {file} in the application&apos;s resources.</source>
        <translation>完整声明见应用资源目录中的 {file}。</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>关于{name}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Work Report Reader</source>
        <translation>政府工作报告阅读器</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Notes file recovered</source>
        <translation>笔记文件已恢复</translation>
    </message>
</context>
<context>
    <name>CitationActions</name>
    <message>
        <source>Plain Text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>GB/T 7714</source>
        <translation>GB/T 7714</translation>
    </message>
    <message>
        <source>Markdown (with a Link)</source>
        <translation>Markdown（含段落链接）</translation>
    </message>
    <message>
        <source>Copy with Ci&amp;tation</source>
        <translation>复制并附引文(&amp;T)</translation>
    </message>
    <message>
        <source>Citation &amp;Format</source>
        <translation>引文格式(&amp;F)</translation>
    </message>
    <message>
        <source>Select the passage to cite first</source>
        <translation>请先选中要引用的段落</translation>
    </message>
    <message>
        <source>Copied with its citation</source>
        <translation>已复制，并附上引文</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>The same kind of error happened {n} more time(s).</source>
        <translation>同类错误又发生了 {n} 次。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong. Your notes are saved as you go; you can keep working, but restarting the app is safest.</source>
        <translation>程序出现错误。笔记已随时保存，您可以继续使用，但重新启动程序最为稳妥。</translation>
    </message>
    <message>
        <source>{summary}

The details are also in the log file:
{file}</source>
        <translation>{summary}

详细信息也已写入日志文件：
{file}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Report Details</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 是空文件。</translation>
    </message>
    <message>
        <source>{name} is a binary file, not a text, Markdown or HTML report.</source>
        <translation>{name} 是二进制文件，不是文本、Markdown 或 HTML 格式的报告。</translation>
    </message>
    <message>
        <source>{name} is too large to be a report.</source>
        <translation>{name} 太大，不像是一份报告。</translation>
    </message>
    <message>
        <source>The text encoding of {name} cannot be read.</source>
        <translation>无法识别 {name} 的文字编码。</translation>
    </message>
    <message>
        <source>{name} has almost no Chinese text: it does not look like a government work report.</source>
        <translation>{name} 几乎没有中文内容，不像是政府工作报告。</translation>
    </message>
    <message>
        <source>{name} is in a format this app cannot read (old Word, WPS or RTF). Save it as .docx, PDF or text and open that.</source>
        <translation>{name} 的格式（旧版 Word、WPS 或 RTF）本程序无法读取。请另存为 .docx、PDF 或纯文本后再打开。</translation>
    </message>
    <message>
        <source>{name} is protected by a password.</source>
        <translation>{name} 受密码保护。</translation>
    </message>
    <message>
        <source>{name} holds scanned page images only: there is no text to read.</source>
        <translation>{name} 只有扫描的页面图像，没有可读取的文字。</translation>
    </message>
    <message>
        <source>{name} is damaged or cut off.</source>
        <translation>{name} 已损坏或不完整。</translation>
    </message>
    <message>
        <source>{name} cannot be read.</source>
        <translation>无法读取 {name}。</translation>
    </message>
    <message>
        <source>{name} cannot be opened as a report.</source>
        <translation>{name} 无法作为报告打开。</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Previous (Shift+Enter, Shift+F3)</source>
        <translation>上一个（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <source>Next (Enter, F3)</source>
        <translation>下一个（Enter、F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>GlossaryModel</name>
    <message>
        <source>Term</source>
        <translation>名词</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>This report has no glossary.</source>
        <translation>本报告没有名词解释。</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) in the text</source>
        <translation>
            <numerusform>正文出现 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>(reduction)</source>
        <translation>（降幅）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Target (at least)</source>
        <translation>目标（不低于）</translation>
    </message>
    <message>
        <source>Target (at most)</source>
        <translation>目标（不高于）</translation>
    </message>
    <message>
        <source>Target (about, with tolerance)</source>
        <translation>目标（左右，含容差）</translation>
    </message>
    <message>
        <source>Target (range)</source>
        <translation>目标（区间）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>Keywords</name>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>名词</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Per 10,000 chars</source>
        <translation>每万字</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Earlier count</source>
        <translation>此前次数</translation>
    </message>
    <message>
        <source>Earlier per 10,000</source>
        <translation>此前每万字</translation>
    </message>
    <message>
        <source>slogan</source>
        <translation>提法</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>表述</translation>
    </message>
</context>
<context>
    <name>KeywordsController</name>
    <message>
        <source>Counting the terms in the library&apos;s reports…</source>
        <translation>正在统计报告库中各报告的词语…</translation>
    </message>
</context>
<context>
    <name>KeywordsPanel</name>
    <message>
        <source>Top terms</source>
        <translation>高频词</translation>
    </message>
    <message>
        <source>Slogans</source>
        <translation>提法</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新出现</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>不再出现</translation>
    </message>
    <message>
        <source>Risers</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>Fallers</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>Not compared with an earlier report</source>
        <translation>未与此前的报告比较</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>比较对象…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一份</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一份</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Earlier report to compare with</source>
        <translation>用于比较的此前报告</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Export terms</source>
        <translation>导出词语</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Chart the selected terms across the library&apos;s years</source>
        <translation>绘制所选词语在报告库各年份中的变化</translation>
    </message>
    <message>
        <source>Compared with: %1</source>
        <translation>比较对象：%1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2（共 %3）</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>≈ about</source>
        <translation>≈ 左右</translation>
    </message>
    <message>
        <source>≥ at least</source>
        <translation>≥ 不低于</translation>
    </message>
    <message>
        <source>≤ at most</source>
        <translation>≤ 不高于</translation>
    </message>
    <message>
        <source>range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>= exactly</source>
        <translation>= 确定值</translation>
    </message>
    <message>
        <source>↑ up</source>
        <translation>↑ 增长</translation>
    </message>
    <message>
        <source>↓ down</source>
        <translation>↓ 下降</translation>
    </message>
    <message>
        <source>level</source>
        <translation>水平值</translation>
    </message>
    <message>
        <source>growth rate</source>
        <translation>增长率</translation>
    </message>
    <message>
        <source>share</source>
        <translation>比重</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化量</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>进展顺利</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used after a restart.</source>
        <translation>重新启动后将使用新的界面语言。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>National</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>County / district</source>
        <translation>县（区）级</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>篇幅</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Report / passage</source>
        <translation>报告 / 段落</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中数</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Reports (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>报告 (*.txt *.md *.markdown *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>报告库</translation>
    </message>
    <message>
        <source>Search Library</source>
        <translation>搜索报告库</translation>
    </message>
    <message>
        <source>Add Files to &amp;Library…</source>
        <translation>添加文件到报告库(&amp;L)…</translation>
    </message>
    <message>
        <source>Add &amp;Folder to Library…</source>
        <translation>添加文件夹到报告库(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>搜索报告库(&amp;S)…</translation>
    </message>
    <message>
        <source>Library file recovered</source>
        <translation>报告库文件已恢复</translation>
    </message>
    <message numerus="yes">
        <source>Updating %n report(s) read by an older version</source>
        <translation>
            <numerusform>正在更新 %n 份由旧版本读取的报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Library</source>
        <translation>添加到报告库</translation>
    </message>
    <message>
        <source>Add Folder to Library</source>
        <translation>添加文件夹到报告库</translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation>已有导入任务正在进行</translation>
    </message>
    <message>
        <source>Adding reports to the library…</source>
        <translation>正在将报告添加到报告库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Adding {name} ({done} of {total})</source>
        <translation>正在添加 {name}（第 {done} 个，共 {total} 个）</translation>
    </message>
    <message>
        <source>Added {added}, updated {updated}, already in the library {same}, failed {failed}.</source>
        <translation>新增 {added} 份，更新 {updated} 份，已在库中 {same} 份，失败 {failed} 份。</translation>
    </message>
    <message>
        <source>Cancelled: {n} file(s) not added.</source>
        <translation>已取消：{n} 个文件未添加。</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>By region</source>
        <translation>按地区</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>按年份</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation>编辑信息…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadWarningsBar</name>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) of this file could not be read and are shown as � (the first in {place}).</source>
        <translation>
            <numerusform>此文件中有 %n 个字符无法读取，显示为 �（第一个在 {place}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) of this file could not be read and are shown as �.</source>
        <translation>
            <numerusform>此文件中有 %n 个字符无法读取，显示为 �。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some characters of this file could not be read and were left out.</source>
        <translation>此文件中有些字符无法读取，已略去。</translation>
    </message>
    <message>
        <source>Repaired while opening</source>
        <translation>打开时已修复</translation>
    </message>
</context>
<context>
    <name>LookupPanel</name>
    <message>
        <source>{term} (explained in another report)</source>
        <translation>{term}（其他报告中的名词解释）</translation>
    </message>
    <message>
        <source>Look up a word…</source>
        <translation>查词…</translation>
    </message>
    <message>
        <source>Not in the dictionary</source>
        <translation>词典中未收录</translation>
    </message>
    <message>
        <source>This report&apos;s glossary</source>
        <translation>本报告的名词解释</translation>
    </message>
    <message>
        <source>Explained in other reports</source>
        <translation>其他报告中的解释</translation>
    </message>
    <message>
        <source>The dictionary is being prepared; try again in a moment.</source>
        <translation>词典正在准备中，请稍后再试。</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>查词</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Work Report Reader</source>
        <translation>政府工作报告阅读器</translation>
    </message>
    <message>
        <source>Reports (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>报告 (*.txt *.md *.markdown *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>名词解释</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Report</source>
        <translation>打开内置报告(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy with Reference</source>
        <translation>复制（带段落引用）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Still opening {name}</source>
        <translation>仍在打开 {name}</translation>
    </message>
    <message>
        <source>Opening {name} cancelled</source>
        <translation>已取消打开 {name}</translation>
    </message>
    <message>
        <source>Cannot open {name}</source>
        <translation>无法打开 {name}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Not found in the text</source>
        <translation>正文中未出现</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Write a note (Markdown: **bold**, *italic*, - lists)</source>
        <translation>写笔记（支持 Markdown：**粗体**、*斜体*、- 列表）</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>高亮所选文字(&amp;H)</translation>
    </message>
    <message>
        <source>Add &amp;Note to Selection</source>
        <translation>为所选文字添加笔记(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Section</source>
        <translation>为本节添加书签(&amp;B)</translation>
    </message>
    <message>
        <source>B&amp;ookmarks</source>
        <translation>书签(&amp;O)</translation>
    </message>
    <message>
        <source>Select some text first</source>
        <translation>请先选中一段文字</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <source>Could not be placed in this text</source>
        <translation>无法在当前文本中定位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Search quotes and notes</source>
        <translation>搜索摘录和笔记</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>已删除 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmark removed</source>
        <translation>已取消书签</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>已添加书签</translation>
    </message>
    <message>
        <source>Deleted — Ctrl+Z to undo</source>
        <translation>已删除，按 Ctrl+Z 可撤销</translation>
    </message>
    <message>
        <source>This note could not be placed in this text</source>
        <translation>这条笔记无法在当前文本中定位</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>跳转</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Comma-separated:</source>
        <translation>以逗号分隔：</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Filter…</source>
        <translation>筛选目录…</translation>
    </message>
</context>
<context>
    <name>PrintExport</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.json)</source>
        <translation>W3C 网页批注 (*.json)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Notes as &amp;Markdown…</source>
        <translation>将笔记导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Export Notes as W3C &amp;JSON…</source>
        <translation>将笔记导出为 W3C JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export to P&amp;DF…</source>
        <translation>导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Notes to PD&amp;F…</source>
        <translation>将笔记导出为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Print No&amp;tes…</source>
        <translation>打印笔记(&amp;T)…</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>Cannot save {name}</source>
        <translation>无法保存 {name}</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
</context>
<context>
    <name>ReportLoad</name>
    <message>
        <source>Opening Report</source>
        <translation>正在打开报告</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
</context>
<context>
    <name>ScorecardController</name>
    <message>
        <source>Scorecard</source>
        <translation>目标完成情况</translation>
    </message>
    <message>
        <source>Scorecard of This Region</source>
        <translation>本地区目标完成情况</translation>
    </message>
    <message>
        <source>Open a report to see the scorecard of its region.</source>
        <translation>打开一份报告，即可查看所在地区的目标完成情况。</translation>
    </message>
    <message>
        <source>The region of this report could not be detected.</source>
        <translation>无法识别这份报告所属的地区。</translation>
    </message>
    <message>
        <source>Add at least two years of reports of {0} to the library to see whether their targets were met.</source>
        <translation>请将{0}至少两个年度的报告添加到报告库，以查看其目标是否完成。</translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <source>met</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>不可比</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未提及</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>实际</translation>
    </message>
</context>
<context>
    <name>ScorecardWidget</name>
    <message>
        <source>Export chart as PNG…</source>
        <translation>将图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Export chart as SVG…</source>
        <translation>将图表导出为 SVG…</translation>
    </message>
    <message>
        <source>Open the target&apos;s report</source>
        <translation>打开目标所在的报告</translation>
    </message>
    <message>
        <source>Open the result&apos;s report</source>
        <translation>打开结果所在的报告</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>ScriptMenu</name>
    <message>
        <source>&amp;Characters</source>
        <translation>字形(&amp;C)</translation>
    </message>
    <message>
        <source>Traditional characters need the OpenCC package</source>
        <translation>繁体显示需要安装 OpenCC 软件包</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all reports…</source>
        <translation>搜索全部报告…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>更多结果</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 处命中</numerusform>
        </translation>
    </message>
    <message>
        <source>more below</source>
        <translation>下方还有更多</translation>
    </message>
</context>
<context>
    <name>TargetNoteDialog</name>
    <message>
        <source>Target note</source>
        <translation>目标笔记</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Canonical</source>
        <translation>规范指标</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>Filter by indicator…</source>
        <translation>按指标筛选…</translation>
    </message>
    <message>
        <source>Sentences too</source>
        <translation>含原句</translation>
    </message>
    <message>
        <source>Also match the source sentences, units and sections</source>
        <translation>同时在原文句子、单位和章节中匹配</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Only this section</source>
        <translation>仅本节</translation>
    </message>
    <message>
        <source>Show only the targets of the outline node selected or read</source>
        <translation>只显示目录中选中或正在阅读的章节中的目标</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the rows shown to CSV (UTF-8, opens in Excel)</source>
        <translation>将显示的行导出为 CSV（UTF-8，可用 Excel 打开）</translation>
    </message>
    <message>
        <source>XLSX…</source>
        <translation>XLSX…</translation>
    </message>
    <message>
        <source>Export the rows shown to an Excel workbook</source>
        <translation>将显示的行导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部章节</translation>
    </message>
    <message>
        <source>Extracting targets…</source>
        <translation>正在提取目标…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Note / status…</source>
        <translation>笔记 / 状态…</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>per 10,000 characters</source>
        <translation>每万字</translation>
    </message>
    <message>
        <source>%1: first used %2</source>
        <translation>%1：首次使用于 %2</translation>
    </message>
    <message>
        <source>%1: not used</source>
        <translation>%1：未使用</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No report is open</source>
        <translation>尚未打开报告</translation>
    </message>
    <message>
        <source>Open a Report…</source>
        <translation>打开报告…</translation>
    </message>
    <message>
        <source>Open the Bundled Example</source>
        <translation>打开内置示例</translation>
    </message>
    <message>
        <source>Recent reports</source>
        <translation>最近打开的报告</translation>
    </message>
</context>
</TS>
