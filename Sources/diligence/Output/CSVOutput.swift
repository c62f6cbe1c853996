import DiligenceCore

/// `--csv` output: the document on stdout, its CRLF line ends and the line breaks and tabs inside
/// quoted cells kept (they are the CSV's own), every other control character made visible as
/// ``TerminalText`` does, since the output may be a terminal. Formulas are neutralised by
/// ``CSVDocument`` itself.
enum CSVOutput {
    static func print(_ document: CSVDocument) {
        Swift.print(
            TerminalText.visible(document.text, keepingLineBreaks: true, keepingReturns: true), terminator: ""
        )
    }
}
