/// HTML articles as prose: tags, attributes, comments, and the contents of elements that
/// are not running text (`<script>`, `<style>`, `<pre>`, `<code>`, …) are blanked; character
/// entities are decoded in place; block elements (`<p>`, `<h2>`, `<li>`, `<br>`, …) end
/// paragraphs. Byte offsets, and so lines, columns and fixes, stay those of the source.
enum HTMLMask {
    static func mask(_ source: [UInt8]) -> (mask: ProseMask, comments: [(range: Range<Int>, text: String)]) {
        var mask = ProseMask(source)
        var comments: [(range: Range<Int>, text: String)] = []
        let n = source.count
        var i = 0
        while i < n {
            let b = source[i]
            if b == 0x26, let entity = HTMLEntities.entity(in: source, at: i) { // '&'
                mask.decode(i..<entity.end, as: entity.character)
                i = entity.end
                continue
            }
            guard b == 0x3C, i + 1 < n else { i += 1; continue } // '<'
            if HTMLComments.startsComment(source, i) {
                let comment = HTMLComments.comment(in: source, at: i)
                mask.blank(comment.range)
                comments.append(comment)
                i = comment.range.upperBound
                continue
            }
            let next = source[i + 1]
            let closing = next == 0x2F
            let nameStart = closing ? i + 2 : i + 1
            let isTag = nameStart < n && (isLetter(source[nameStart]) || (!closing && (next == 0x21 || next == 0x3F)))
            guard isTag else { i += 1; continue }
            var nameEnd = nameStart
            while nameEnd < n, isLetter(source[nameEnd]) || (source[nameEnd] >= 0x30 && source[nameEnd] <= 0x39) { nameEnd += 1 }
            let name = String(decoding: source[nameStart..<nameEnd], as: UTF8.self).lowercased()
            let end = tagEnd(source, from: nameEnd)
            if blocks.contains(name) { mask.blankBlock(i..<end) } else { mask.blank(i..<end) }
            i = end
            if !closing, skipped.contains(name) {
                let close = closingTag(name, in: source, from: i)
                mask.blankBlock(i..<close)
                i = close
            }
        }
        return (mask, comments)
    }

    /// After the `>` that ends a tag whose name ends at `i`; quoted attribute values may hold `>`.
    static func tagEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        var quote: UInt8? = nil
        while i < bytes.count {
            let b = bytes[i]
            if let q = quote { if b == q { quote = nil } } else if b == 0x22 || b == 0x27 { quote = b } else if b == 0x3E { return i + 1 }
            i += 1
        }
        return bytes.count
    }

    /// Where `</name` starts after `start` (ASCII case ignored), or the end of the text.
    static func closingTag(_ name: String, in bytes: [UInt8], from start: Int) -> Int {
        let pattern = Array("</\(name)".utf8)
        var i = start
        while i + pattern.count <= bytes.count {
            if bytes[i] == 0x3C {
                var k = 1
                while k < pattern.count, bytes[i + k] | 0x20 == pattern[k] | 0x20 { k += 1 }
                if k == pattern.count { return i }
            }
            i += 1
        }
        return bytes.count
    }

    static func isLetter(_ b: UInt8) -> Bool { b | 0x20 >= 0x61 && b | 0x20 <= 0x7A }

    /// Elements whose content is not running text.
    static let skipped: Set<String> = ["script", "style", "noscript", "template", "svg", "math", "pre", "code",
                                       "title", "textarea", "iframe", "object", "select", "button"]

    /// Elements that start and end a block of text.
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
        "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th",
        "tr", "ul", "caption", "tbody", "thead", "tfoot", "title", "script", "style",
    ]
}
