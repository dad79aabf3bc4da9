<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Work Report Reader</source>
            <translation>Work Report Reader</translation>
        </message>
        <message>
            <source>Version {version} · Licence: {licence}</source>
            <translation>Version {version} · Licence: {licence}</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Open report</source>
            <translation>Open report</translation>
        </message>
        <message>
            <source>Dictionary data</source>
            <translation>Dictionary data</translation>
        </message>
        <message>
            <source>Dictionary look-ups use CC-CEDICT, © MDBG and the CC-CEDICT contributors, licensed under Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0).</source>
            <translation>Dictionary look-ups use CC-CEDICT, © MDBG and the CC-CEDICT contributors, licensed under Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0).</translation>
        </message>
        <message>
            <source>Third-party software</source>
            <translation>Third-party software</translation>
        </message>
        <message>
            <source>Full notices: {file} in the application's resources.</source>
            <translation>Full notices: {file} in the application's resources.</translation>
        </message>
        <message>
            <source>About {name}</source>
            <translation>About {name}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Work Report Reader</source>
            <translation>Work Report Reader</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Targets</translation>
        </message>
        <message>
            <source>Cannot open file</source>
            <translation>Cannot open file</translation>
        </message>
        <message>
            <source>Notes file recovered</source>
            <translation>Notes file recovered</translation>
        </message>
    </context>
    <context>
        <name>CitationActions</name>
        <message>
            <source>Plain Text</source>
            <translation>Plain Text</translation>
        </message>
        <message>
            <source>GB/T 7714</source>
            <translation>GB/T 7714</translation>
        </message>
        <message>
            <source>Markdown (with a Link)</source>
            <translation>Markdown (with a Link)</translation>
        </message>
        <message>
            <source>Copy with Ci&amp;tation</source>
            <translation>Copy with Ci&amp;tation</translation>
        </message>
        <message>
            <source>Citation &amp;Format</source>
            <translation>Citation &amp;Format</translation>
        </message>
        <message>
            <source>Select the passage to cite first</source>
            <translation>Select the passage to cite first</translation>
        </message>
        <message>
            <source>Copied with its citation</source>
            <translation>Copied with its citation</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>The same kind of error happened {n} more time(s).</source>
            <translation>The same kind of error happened {n} more time(s).</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Something went wrong. Your notes are saved as you go; you can keep working, but restarting the app is safest.</source>
            <translation>Something went wrong. Your notes are saved as you go; you can keep working, but restarting the app is safest.</translation>
        </message>
        <message>
            <source>{summary}

The details are also in the log file:
{file}</source>
            <translation>{summary}

The details are also in the log file:
{file}</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
    </context>
    <context>
        <name>DetailsDialog</name>
        <message>
            <source>Report Details</source>
            <translation>Report Details</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <source>{name} is empty.</source>
            <translation>{name} is empty.</translation>
        </message>
        <message>
            <source>{name} is a binary file, not a text, Markdown or HTML report.</source>
            <translation>{name} is a binary file, not a text, Markdown or HTML report.</translation>
        </message>
        <message>
            <source>{name} is too large to be a report.</source>
            <translation>{name} is too large to be a report.</translation>
        </message>
        <message>
            <source>The text encoding of {name} cannot be read.</source>
            <translation>The text encoding of {name} cannot be read.</translation>
        </message>
        <message>
            <source>{name} has almost no Chinese text: it does not look like a government work report.</source>
            <translation>{name} has almost no Chinese text: it does not look like a government work report.</translation>
        </message>
        <message>
            <source>{name} is in a format this app cannot read (old Word, WPS or RTF). Save it as .docx, PDF or text and open that.</source>
            <translation>{name} is in a format this app cannot read (old Word, WPS or RTF). Save it as .docx, PDF or text and open that.</translation>
        </message>
        <message>
            <source>{name} is protected by a password.</source>
            <translation>{name} is protected by a password.</translation>
        </message>
        <message>
            <source>{name} holds scanned page images only: there is no text to read.</source>
            <translation>{name} holds scanned page images only: there is no text to read.</translation>
        </message>
        <message>
            <source>{name} is damaged or cut off.</source>
            <translation>{name} is damaged or cut off.</translation>
        </message>
        <message>
            <source>{name} cannot be read.</source>
            <translation>{name} cannot be read.</translation>
        </message>
        <message>
            <source>{name} cannot be opened as a report.</source>
            <translation>{name} cannot be opened as a report.</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <source>All levels</source>
            <translation>All levels</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>Years</translation>
        </message>
        <message>
            <source>any</source>
            <translation>any</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find…</source>
            <translation>Find…</translation>
        </message>
        <message>
            <source>Previous (Shift+Enter, Shift+F3)</source>
            <translation>Previous (Shift+Enter, Shift+F3)</translation>
        </message>
        <message>
            <source>Next (Enter, F3)</source>
            <translation>Next (Enter, F3)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
    </context>
    <context>
        <name>GlossaryModel</name>
        <message>
            <source>Term</source>
            <translation>Term</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
    </context>
    <context>
        <name>GlossaryPanel</name>
        <message>
            <source>This report has no glossary.</source>
            <translation>This report has no glossary.</translation>
        </message>
        <message numerus="yes">
            <source>%n occurrence(s) in the text</source>
            <translation>
                <numerusform>%n occurrence in the text</numerusform>
                <numerusform>%n occurrences in the text</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IndicatorChart</name>
        <message>
            <source>Actual</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>(reduction)</source>
            <translation>(reduction)</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Target (at least)</source>
            <translation>Target (at least)</translation>
        </message>
        <message>
            <source>Target (at most)</source>
            <translation>Target (at most)</translation>
        </message>
        <message>
            <source>Target (about, with tolerance)</source>
            <translation>Target (about, with tolerance)</translation>
        </message>
        <message>
            <source>Target (range)</source>
            <translation>Target (range)</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
    </context>
    <context>
        <name>Keywords</name>
        <message>
            <source>Keywords</source>
            <translation>Keywords</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>Term</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Per 10,000 chars</source>
            <translation>Per 10,000 chars</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Earlier count</source>
            <translation>Earlier count</translation>
        </message>
        <message>
            <source>Earlier per 10,000</source>
            <translation>Earlier per 10,000</translation>
        </message>
        <message>
            <source>slogan</source>
            <translation>slogan</translation>
        </message>
        <message>
            <source>formula</source>
            <translation>formula</translation>
        </message>
    </context>
    <context>
        <name>KeywordsController</name>
        <message>
            <source>Counting the terms in the library's reports…</source>
            <translation>Counting the terms in the library's reports…</translation>
        </message>
    </context>
    <context>
        <name>KeywordsPanel</name>
        <message>
            <source>Top terms</source>
            <translation>Top terms</translation>
        </message>
        <message>
            <source>Slogans</source>
            <translation>Slogans</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>Risers</source>
            <translation>Risers</translation>
        </message>
        <message>
            <source>Fallers</source>
            <translation>Fallers</translation>
        </message>
        <message>
            <source>Not compared with an earlier report</source>
            <translation>Not compared with an earlier report</translation>
        </message>
        <message>
            <source>Compare with…</source>
            <translation>Compare with…</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Trend</translation>
        </message>
        <message>
            <source>Earlier report to compare with</source>
            <translation>Earlier report to compare with</translation>
        </message>
        <message>
            <source>Keywords</source>
            <translation>Keywords</translation>
        </message>
        <message>
            <source>Export terms</source>
            <translation>Export terms</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Chart the selected terms across the library's years</source>
            <translation>Chart the selected terms across the library's years</translation>
        </message>
        <message>
            <source>Compared with: %1</source>
            <translation>Compared with: %1</translation>
        </message>
        <message>
            <source>%1: %2 of %3</source>
            <translation>%1: %2 of %3</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>≈ about</source>
            <translation>≈ about</translation>
        </message>
        <message>
            <source>≥ at least</source>
            <translation>≥ at least</translation>
        </message>
        <message>
            <source>≤ at most</source>
            <translation>≤ at most</translation>
        </message>
        <message>
            <source>range</source>
            <translation>range</translation>
        </message>
        <message>
            <source>= exactly</source>
            <translation>= exactly</translation>
        </message>
        <message>
            <source>↑ up</source>
            <translation>↑ up</translation>
        </message>
        <message>
            <source>↓ down</source>
            <translation>↓ down</translation>
        </message>
        <message>
            <source>level</source>
            <translation>level</translation>
        </message>
        <message>
            <source>growth rate</source>
            <translation>growth rate</translation>
        </message>
        <message>
            <source>share</source>
            <translation>share</translation>
        </message>
        <message>
            <source>count</source>
            <translation>count</translation>
        </message>
        <message>
            <source>change</source>
            <translation>change</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>On track</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Yellow</source>
            <translation>Yellow</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>Green</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>Blue</translation>
        </message>
        <message>
            <source>Pink</source>
            <translation>Pink</translation>
        </message>
        <message>
            <source>Purple</source>
            <translation>Purple</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The new language is used after a restart.</source>
            <translation>The new language is used after a restart.</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Restart now</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>System default</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>National</source>
            <translation>National</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>County / district</source>
            <translation>County / district</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Length</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Targets</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Report / passage</source>
            <translation>Report / passage</translation>
        </message>
        <message>
            <source>Hits</source>
            <translation>Hits</translation>
        </message>
    </context>
    <context>
        <name>LibraryController</name>
        <message>
            <source>Reports (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
            <translation>Reports (*.txt *.md *.markdown *.html *.htm);;All files (*)</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Search Library</source>
            <translation>Search Library</translation>
        </message>
        <message>
            <source>Add Files to &amp;Library…</source>
            <translation>Add Files to &amp;Library…</translation>
        </message>
        <message>
            <source>Add &amp;Folder to Library…</source>
            <translation>Add &amp;Folder to Library…</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Forward</translation>
        </message>
        <message>
            <source>&amp;Search Library…</source>
            <translation>&amp;Search Library…</translation>
        </message>
        <message>
            <source>Library file recovered</source>
            <translation>Library file recovered</translation>
        </message>
        <message numerus="yes">
            <source>Updating %n report(s) read by an older version</source>
            <translation>
                <numerusform>Updating %n report read by an older version</numerusform>
                <numerusform>Updating %n reports read by an older version</numerusform>
            </translation>
        </message>
        <message>
            <source>Add to Library</source>
            <translation>Add to Library</translation>
        </message>
        <message>
            <source>Add Folder to Library</source>
            <translation>Add Folder to Library</translation>
        </message>
        <message>
            <source>An import is already running</source>
            <translation>An import is already running</translation>
        </message>
        <message>
            <source>Adding reports to the library…</source>
            <translation>Adding reports to the library…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Adding {name} ({done} of {total})</source>
            <translation>Adding {name} ({done} of {total})</translation>
        </message>
        <message>
            <source>Added {added}, updated {updated}, already in the library {same}, failed {failed}.</source>
            <translation>Added {added}, updated {updated}, already in the library {same}, failed {failed}.</translation>
        </message>
        <message>
            <source>Cancelled: {n} file(s) not added.</source>
            <translation>Cancelled: {n} file(s) not added.</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>By region</source>
            <translation>By region</translation>
        </message>
        <message>
            <source>By year</source>
            <translation>By year</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Edit Details…</source>
            <translation>Edit Details…</translation>
        </message>
        <message numerus="yes">
            <source>%n report(s)</source>
            <translation>
                <numerusform>%n report</numerusform>
                <numerusform>%n reports</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoadWarningsBar</name>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Details…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message numerus="yes">
            <source>%n character(s) of this file could not be read and are shown as � (the first in {place}).</source>
            <translation>
                <numerusform>%n character of this file could not be read and is shown as � (the first in {place}).</numerusform>
                <numerusform>%n characters of this file could not be read and are shown as � (the first in {place}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n character(s) of this file could not be read and are shown as �.</source>
            <translation>
                <numerusform>%n character of this file could not be read and is shown as �.</numerusform>
                <numerusform>%n characters of this file could not be read and are shown as �.</numerusform>
            </translation>
        </message>
        <message>
            <source>Some characters of this file could not be read and were left out.</source>
            <translation>Some characters of this file could not be read and were left out.</translation>
        </message>
        <message>
            <source>Repaired while opening</source>
            <translation>Repaired while opening</translation>
        </message>
    </context>
    <context>
        <name>LookupPanel</name>
        <message>
            <source>{term} (explained in another report)</source>
            <translation>{term} (explained in another report)</translation>
        </message>
        <message>
            <source>Look up a word…</source>
            <translation>Look up a word…</translation>
        </message>
        <message>
            <source>Not in the dictionary</source>
            <translation>Not in the dictionary</translation>
        </message>
        <message>
            <source>This report's glossary</source>
            <translation>This report's glossary</translation>
        </message>
        <message>
            <source>Explained in other reports</source>
            <translation>Explained in other reports</translation>
        </message>
        <message>
            <source>The dictionary is being prepared; try again in a moment.</source>
            <translation>The dictionary is being prepared; try again in a moment.</translation>
        </message>
        <message>
            <source>Lookup</source>
            <translation>Lookup</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Work Report Reader</source>
            <translation>Work Report Reader</translation>
        </message>
        <message>
            <source>Reports (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
            <translation>Reports (*.txt *.md *.markdown *.html *.htm);;All files (*)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>Glossary</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <source>Open &amp;Bundled Report</source>
            <translation>Open &amp;Bundled Report</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Copy with Reference</source>
            <translation>&amp;Copy with Reference</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Find &amp;Next</translation>
        </message>
        <message>
            <source>Find &amp;Previous</source>
            <translation>Find &amp;Previous</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;In</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom &amp;Out</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Actual Size</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Theme</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>&amp;Panels</source>
            <translation>&amp;Panels</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>Outline</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <source>Open Report</source>
            <translation>Open Report</translation>
        </message>
        <message>
            <source>Still opening {name}</source>
            <translation>Still opening {name}</translation>
        </message>
        <message>
            <source>Opening {name} cancelled</source>
            <translation>Opening {name} cancelled</translation>
        </message>
        <message>
            <source>Cannot open {name}</source>
            <translation>Cannot open {name}</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Not found in the text</source>
            <translation>Not found in the text</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>Speaker</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Write a note (Markdown: **bold**, *italic*, - lists)</source>
            <translation>Write a note (Markdown: **bold**, *italic*, - lists)</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>Write</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
    </context>
    <context>
        <name>NotesController</name>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>&amp;Highlight Selection</source>
            <translation>&amp;Highlight Selection</translation>
        </message>
        <message>
            <source>Add &amp;Note to Selection</source>
            <translation>Add &amp;Note to Selection</translation>
        </message>
        <message>
            <source>&amp;Bookmark This Section</source>
            <translation>&amp;Bookmark This Section</translation>
        </message>
        <message>
            <source>B&amp;ookmarks</source>
            <translation>B&amp;ookmarks</translation>
        </message>
        <message>
            <source>Select some text first</source>
            <translation>Select some text first</translation>
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Ref</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Tags: {tags}</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>Could not be placed in this text</source>
            <translation>Could not be placed in this text</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Highlight</source>
            <translation>Highlight</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Search quotes and notes</source>
            <translation>Search quotes and notes</translation>
        </message>
        <message>
            <source>All colours</source>
            <translation>All colours</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>All tags</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message numerus="yes">
            <source>%n deleted</source>
            <translation>
                <numerusform>%n deleted</numerusform>
                <numerusform>%n deleted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message>
            <source>Bookmark removed</source>
            <translation>Bookmark removed</translation>
        </message>
        <message>
            <source>Bookmarked</source>
            <translation>Bookmarked</translation>
        </message>
        <message>
            <source>Deleted — Ctrl+Z to undo</source>
            <translation>Deleted — Ctrl+Z to undo</translation>
        </message>
        <message>
            <source>This note could not be placed in this text</source>
            <translation>This note could not be placed in this text</translation>
        </message>
        <message>
            <source>Go to</source>
            <translation>Go to</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Tags…</source>
            <translation>Tags…</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Comma-separated:</source>
            <translation>Comma-separated:</translation>
        </message>
    </context>
    <context>
        <name>OutlineModel</name>
        <message>
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
    </context>
    <context>
        <name>OutlinePanel</name>
        <message>
            <source>Filter…</source>
            <translation>Filter…</translation>
        </message>
    </context>
    <context>
        <name>PrintExport</name>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>W3C Web Annotations (*.json)</source>
            <translation>W3C Web Annotations (*.json)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export Notes as &amp;Markdown…</source>
            <translation>Export Notes as &amp;Markdown…</translation>
        </message>
        <message>
            <source>Export Notes as W3C &amp;JSON…</source>
            <translation>Export Notes as W3C &amp;JSON…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Export to P&amp;DF…</source>
            <translation>Export to P&amp;DF…</translation>
        </message>
        <message>
            <source>Export Notes to PD&amp;F…</source>
            <translation>Export Notes to PD&amp;F…</translation>
        </message>
        <message>
            <source>Print No&amp;tes…</source>
            <translation>Print No&amp;tes…</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>Saved {name}</translation>
        </message>
        <message>
            <source>Export Notes</source>
            <translation>Export Notes</translation>
        </message>
        <message>
            <source>Cannot save {name}</source>
            <translation>Cannot save {name}</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>Export to PDF</translation>
        </message>
    </context>
    <context>
        <name>ReportLoad</name>
        <message>
            <source>Opening Report</source>
            <translation>Opening Report</translation>
        </message>
        <message>
            <source>Opening {name}…</source>
            <translation>Opening {name}…</translation>
        </message>
    </context>
    <context>
        <name>ScorecardController</name>
        <message>
            <source>Scorecard</source>
            <translation>Scorecard</translation>
        </message>
        <message>
            <source>Scorecard of This Region</source>
            <translation>Scorecard of This Region</translation>
        </message>
        <message>
            <source>Open a report to see the scorecard of its region.</source>
            <translation>Open a report to see the scorecard of its region.</translation>
        </message>
        <message>
            <source>The region of this report could not be detected.</source>
            <translation>The region of this report could not be detected.</translation>
        </message>
        <message>
            <source>Add at least two years of reports of {0} to the library to see whether their targets were met.</source>
            <translation>Add at least two years of reports of {0} to the library to see whether their targets were met.</translation>
        </message>
    </context>
    <context>
        <name>ScorecardModel</name>
        <message>
            <source>met</source>
            <translation>met</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>missed</translation>
        </message>
        <message>
            <source>no target set</source>
            <translation>no target set</translation>
        </message>
        <message>
            <source>not comparable</source>
            <translation>not comparable</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>no target</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>not stated</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>No target set</source>
            <translation>No target set</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
    </context>
    <context>
        <name>ScorecardWidget</name>
        <message>
            <source>Export chart as PNG…</source>
            <translation>Export chart as PNG…</translation>
        </message>
        <message>
            <source>Export chart as SVG…</source>
            <translation>Export chart as SVG…</translation>
        </message>
        <message>
            <source>Open the target's report</source>
            <translation>Open the target's report</translation>
        </message>
        <message>
            <source>Open the result's report</source>
            <translation>Open the result's report</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG drawing (*.svg)</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Export chart</translation>
        </message>
    </context>
    <context>
        <name>ScriptMenu</name>
        <message>
            <source>&amp;Characters</source>
            <translation>&amp;Characters</translation>
        </message>
        <message>
            <source>Traditional characters need the OpenCC package</source>
            <translation>Traditional characters need the OpenCC package</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search all reports…</source>
            <translation>Search all reports…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>More results</source>
            <translation>More results</translation>
        </message>
        <message numerus="yes">
            <source>%n report(s)</source>
            <translation>
                <numerusform>%n report</numerusform>
                <numerusform>%n reports</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hit(s)</source>
            <translation>
                <numerusform>%n hit</numerusform>
                <numerusform>%n hits</numerusform>
            </translation>
        </message>
        <message>
            <source>more below</source>
            <translation>more below</translation>
        </message>
    </context>
    <context>
        <name>TargetNoteDialog</name>
        <message>
            <source>Target note</source>
            <translation>Target note</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>TargetsModel</name>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Canonical</source>
            <translation>Canonical</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Comparator</source>
            <translation>Comparator</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
    </context>
    <context>
        <name>TargetsPanel</name>
        <message>
            <source>Filter by indicator…</source>
            <translation>Filter by indicator…</translation>
        </message>
        <message>
            <source>Sentences too</source>
            <translation>Sentences too</translation>
        </message>
        <message>
            <source>Also match the source sentences, units and sections</source>
            <translation>Also match the source sentences, units and sections</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>Targets</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>Only this section</source>
            <translation>Only this section</translation>
        </message>
        <message>
            <source>Show only the targets of the outline node selected or read</source>
            <translation>Show only the targets of the outline node selected or read</translation>
        </message>
        <message>
            <source>CSV…</source>
            <translation>CSV…</translation>
        </message>
        <message>
            <source>Export the rows shown to CSV (UTF-8, opens in Excel)</source>
            <translation>Export the rows shown to CSV (UTF-8, opens in Excel)</translation>
        </message>
        <message>
            <source>XLSX…</source>
            <translation>XLSX…</translation>
        </message>
        <message>
            <source>Export the rows shown to an Excel workbook</source>
            <translation>Export the rows shown to an Excel workbook</translation>
        </message>
        <message>
            <source>All sections</source>
            <translation>All sections</translation>
        </message>
        <message>
            <source>Extracting targets…</source>
            <translation>Extracting targets…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Note / status…</source>
            <translation>Note / status…</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>per 10,000 characters</source>
            <translation>per 10,000 characters</translation>
        </message>
        <message>
            <source>%1: first used %2</source>
            <translation>%1: first used %2</translation>
        </message>
        <message>
            <source>%1: not used</source>
            <translation>%1: not used</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>No report is open</source>
            <translation>No report is open</translation>
        </message>
        <message>
            <source>Open a Report…</source>
            <translation>Open a Report…</translation>
        </message>
        <message>
            <source>Open the Bundled Example</source>
            <translation>Open the Bundled Example</translation>
        </message>
        <message>
            <source>Recent reports</source>
            <translation>Recent reports</translation>
        </message>
    </context>
</TS>
