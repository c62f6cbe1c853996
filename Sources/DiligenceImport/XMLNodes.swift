import CLibXML2

/// Reading a libxml2 tree without ever expanding an entity: text comes only from text and
/// CDATA nodes, attribute values only from their text children; entity reference nodes are
/// skipped.
enum XMLNodes {
    /// The children of a node, in order.
    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            result.append(current)
            child = current.pointee.next
        }
        return result
    }

    /// True for an element node.
    static func isElement(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_ELEMENT_NODE }

    /// True for a text or CDATA node.
    static func isText(_ node: xmlNodePtr) -> Bool {
        node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE
    }

    /// An element's name without its prefix, lowercased (`w:p` gives `p`).
    static func localName(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The namespace URI of an element, if it has one.
    static func namespace(_ node: xmlNodePtr) -> String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// The text of a text or CDATA node (empty for anything else).
    static func ownText(_ node: xmlNodePtr) -> String {
        guard isText(node), let content = node.pointee.content else { return "" }
        return String(cString: content)
    }

    /// True when an element has a text child that is not only white space.
    static func hasDirectText(_ node: xmlNodePtr) -> Bool {
        children(node).contains { isText($0) && !ownText($0).allSatisfy(\.isWhitespace) }
    }

    /// The text of all text and CDATA descendants, in order; entity references contribute
    /// nothing. `lineBreak` elements (such as `br`) give a newline; `skipped` ones nothing.
    static func text(_ node: xmlNodePtr, lineBreak: Set<String> = [], skipped: Set<String> = []) -> String {
        var result = ""
        func visit(_ node: xmlNodePtr) {
            for child in children(node) {
                if isText(child) {
                    result += ownText(child)
                } else if isElement(child) {
                    let name = localName(child)
                    if lineBreak.contains(name) {
                        result += "\n"
                    } else if !skipped.contains(name) {
                        visit(child)
                    }
                }
            }
        }
        visit(node)
        return result
    }

    /// An attribute's value by local name (any namespace), read from its text children only.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if let attributeName = current.pointee.name, String(cString: attributeName).lowercased() == name {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content {
                        value += String(cString: content)
                    }
                    child = text.pointee.next
                }
                return value
            }
            property = current.pointee.next
        }
        return nil
    }

    /// The line libxml2 recorded for a node (at least 1).
    static func line(_ node: xmlNodePtr) -> Int { max(1, xmlGetLineNo(node)) }
}
