import Foundation

/// The corpus outlines (`# ` heading, `- ` list item, `| a | b |` table row, other lines
/// paragraphs) as an agreement XML export and as an HTML template, the way those files are
/// usually shaped: XML with `section`/`title`/`para` elements, HTML with `h2`, `p`, `ol`/`li`
/// and `table`.
enum OutlineMarkup {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    static func lines(_ outline: String) -> [String] {
        outline.split(separator: "\n").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
    }

    static func cells(_ line: String) -> [String] {
        line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func xml(outline: String) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<agreement>\n"
        var open = false
        for line in lines(outline) {
            if line.hasPrefix("#") {
                if open { xml += "</section>\n" }
                xml +=
                    "<section>\n<title>\(escape(line.drop { $0 == "#" || $0 == " " }.description))</title>\n"
                open = true
            } else if line.hasPrefix("|") {
                xml += "<row>" + cells(line).map { "<cell>\(escape($0))</cell>" }.joined() + "</row>\n"
            } else if line.hasPrefix("- ") {
                xml += "<item>\(escape(String(line.dropFirst(2))))</item>\n"
            } else {
                xml += "<para>\(escape(line))</para>\n"
            }
        }
        if open { xml += "</section>\n" }
        return xml + "</agreement>\n"
    }

    static func html(outline: String) -> String {
        var html = "<!DOCTYPE html>\n<html><head><title>Agreement</title></head><body>\n"
        var list = false
        var table = false
        for line in lines(outline) {
            if list && !line.hasPrefix("- ") {
                html += "</ol>\n"
                list = false
            }
            if table && !line.hasPrefix("|") {
                html += "</table>\n"
                table = false
            }
            if line.hasPrefix("#") {
                html += "<h2>\(escape(line.drop { $0 == "#" || $0 == " " }.description))</h2>\n"
            } else if line.hasPrefix("|") {
                if !table { html += "<table>\n" }
                table = true
                html += "<tr>" + cells(line).map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
            } else if line.hasPrefix("- ") {
                if !list { html += "<ol>\n" }
                list = true
                html += "<li>\(escape(String(line.dropFirst(2))))</li>\n"
            } else {
                html += "<p>\(escape(line))</p>\n"
            }
        }
        if list { html += "</ol>\n" }
        if table { html += "</table>\n" }
        return html + "</body></html>\n"
    }
}
