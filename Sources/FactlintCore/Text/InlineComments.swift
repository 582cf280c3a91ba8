/// `<!-- factlint-disable RULE … -->` … `<!-- factlint-enable -->` and
/// `<!-- factlint-disable-next-line RULE … -->` in Markdown and HTML articles: the
/// suppressions an author writes where the format has invisible comments.
public struct Suppressions: Sendable {
    struct Span: Sendable {
        var bytes: Range<Int>
        /// Rule ids; empty means every rule.
        var rules: [String]
    }
    var spans: [Span] = []

    public var isEmpty: Bool { spans.isEmpty }

    public func suppresses(_ diagnostic: Diagnostic) -> Bool {
        let at = diagnostic.location.byteRange.lowerBound
        return spans.contains { $0.bytes.contains(at) && ($0.rules.isEmpty || $0.rules.contains(diagnostic.ruleID)) }
    }

    /// Reads the directives among `comments` (byte range of each comment and its inner text).
    init(comments: [(range: Range<Int>, text: String)], in bytes: [UInt8]) {
        var open: [(start: Int, rules: [String])] = []
        for comment in comments {
            let words = comment.text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "," }).map(String.init)
            guard let directive = words.first else { continue }
            let rules = Array(words.dropFirst())
            switch directive {
            case "factlint-disable":
                open.append((comment.range.upperBound, rules))
            case "factlint-enable":
                let closing = rules.isEmpty ? open : open.filter { $0.rules.contains(where: rules.contains) }
                for o in closing { spans.append(Span(bytes: o.start..<comment.range.lowerBound, rules: o.rules)) }
                open.removeAll { o in closing.contains { $0.start == o.start } }
            case "factlint-disable-next-line":
                var start = comment.range.upperBound
                while start < bytes.count, bytes[start] != 0x0A { start += 1 }
                start += 1
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                if start <= bytes.count { spans.append(Span(bytes: start..<max(start, end), rules: rules)) }
            case "factlint-disable-line":
                var start = comment.range.lowerBound, end = comment.range.upperBound
                while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                spans.append(Span(bytes: start..<end, rules: rules))
            default: continue
            }
        }
        for o in open { spans.append(Span(bytes: o.start..<bytes.count, rules: o.rules)) }
    }

    init() {}
}

/// Finds `<!-- … -->` comments, blanking them in the mask.
enum HTMLComments {
    static let open: [UInt8] = Array("<!--".utf8), close: [UInt8] = Array("-->".utf8)

    /// The comment starting at `start` (which holds `<!--`): its range (to EOF if unclosed) and text.
    static func comment(in bytes: [UInt8], at start: Int) -> (range: Range<Int>, text: String) {
        var i = start + open.count
        while i + close.count <= bytes.count {
            if bytes[i] == 0x2D && bytes[i + 1] == 0x2D && bytes[i + 2] == 0x3E {
                return (start..<(i + 3), String(decoding: bytes[(start + 4)..<i], as: UTF8.self))
            }
            i += 1
        }
        return (start..<bytes.count, String(decoding: bytes[min(start + 4, bytes.count)...], as: UTF8.self))
    }

    static func startsComment(_ bytes: [UInt8], _ i: Int) -> Bool {
        i + 4 <= bytes.count && bytes[i] == 0x3C && bytes[i + 1] == 0x21 && bytes[i + 2] == 0x2D && bytes[i + 3] == 0x2D
    }
}

extension Suppressions: Codable {}
extension Suppressions.Span: Codable {}
