/// An article's text as HTML lines, with findings marked at their exact byte spans.
///
/// Spans may nest or overlap. The text is cut at every span boundary and line break;
/// each piece is wrapped in the marks covering it, outermost first (earlier start, then
/// later end, then input order), and every mark is closed at the end of the piece. So
/// the markup always nests, whatever the spans, and the same spans give the same bytes.
struct ArticleMarkup {
    struct Mark {
        var range: Range<Int>
        /// CSS classes, e.g. "error" or "warning furniture" or "related".
        var classes: String
        var title: String
        /// The reference after the span: its id, where it links, its text and label.
        var refID: String
        var refTarget: String
        var refText: String
        /// What a screen reader says for the reference (the icon alone says nothing).
        var refLabel: String
    }

    let text: SourceText
    let anchor: String

    /// One `<div class="ln">` per line, each with the id `<anchor>-l<line>`.
    func render(_ marks: [Mark]) -> String {
        let marks = marks.map { m -> Mark in
            var m = m
            let lower = snap(m.range.lowerBound)
            m.range = lower..<max(lower, snap(m.range.upperBound))
            return m
        }
        // Marks by line, and where each one's reference goes: at its end, or at the end
        // of its last line when it ends in a line break.
        var byLine: [Int: [Int]] = [:]
        var refAt: [Int] = []
        var refLine: [Int] = []
        for (i, m) in marks.enumerated() {
            let first = text.lineColumn(of: m.range.lowerBound).line
            let last = text.lineColumn(of: max(m.range.lowerBound, m.range.upperBound - 1)).line
            for line in first...last { byLine[line, default: []].append(i) }
            refLine.append(last)
            refAt.append(min(m.range.upperBound, text.lineRange(last).upperBound))
        }
        var out = ""
        for line in 1...text.lineCount {
            let range = text.lineRange(line)
            let here = byLine[line] ?? []
            let nesting = here.sorted { a, b in
                let x = marks[a].range, y = marks[b].range
                if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
                if x.upperBound != y.upperBound { return x.upperBound > y.upperBound }
                return a < b
            }
            var cuts = [range.lowerBound, range.upperBound]
            for i in here {
                for p in [marks[i].range.lowerBound, marks[i].range.upperBound] where range.contains(p) { cuts.append(p) }
            }
            cuts = Array(Set(cuts)).sorted()
            func refs(at p: Int) -> String {
                here.filter { refLine[$0] == line && refAt[$0] == p }.map { ref(marks[$0]) }.joined()
            }
            out += "<div class=\"ln\" id=\"\(anchor)-l\(line)\"><span class=\"no\" aria-hidden=\"true\">\(line)</span><span class=\"tx\">"
            out += refs(at: range.lowerBound)
            for (p, q) in zip(cuts, cuts.dropFirst()) where p < q {
                let covering = nesting.filter { marks[$0].range.lowerBound <= p && marks[$0].range.upperBound >= q }
                for i in covering {
                    out += "<mark class=\"\(marks[i].classes)\" \(HTML.attribute("title", marks[i].title))>"
                }
                out += HTML.escape(text.bytes[p..<q])
                out += String(repeating: "</mark>", count: covering.count)
                out += refs(at: q)
            }
            out += "</span></div>\n"
        }
        return out
    }

    private func ref(_ m: Mark) -> String {
        "<sup class=\"ref\"><a id=\"\(m.refID)\" href=\"#\(m.refTarget)\" class=\"\(m.classes)\" \(HTML.attribute("title", m.title)) \(HTML.attribute("aria-label", m.refLabel))>\(HTML.escape(m.refText))</a></sup>"
    }

    /// A byte offset moved into the text and back to the start of its scalar, so a span
    /// never splits a character.
    private func snap(_ offset: Int) -> Int {
        var p = max(text.contentStart, min(offset, text.bytes.count))
        while p > text.contentStart, p < text.bytes.count, text.bytes[p] & 0xC0 == 0x80 { p -= 1 }
        return p
    }
}
