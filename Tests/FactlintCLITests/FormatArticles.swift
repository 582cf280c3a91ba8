/// Three short reports of one invented event (a bridge reopening), each as plain text,
/// Markdown and HTML with the same prose. The Markdown and HTML copies add markup, front
/// matter, code, URLs and script that contain errors of their own (a wrong weekday), which
/// must never be reported: only the prose is checked.
enum FormatArticles {
    static let prose: [[String]] = [
        [
            "Harbour bridge reopens after repairs",
            "4 min read",
            "The Kelvin Harbour bridge reopened on Monday, March 4, 2025, after two years of repairs.",
            "The city spent $120 million on the work, officials said.",
            "“We kept our promise to every driver in this town,” Mayor Ines Duarte said at the ribbon cutting.",
            "The new café on the north bank opened the same day.",
            "Advertisement",
        ],
        [
            "Kelvin bridge open again",
            "The bridge over Kelvin Harbour opened to traffic on Tuesday, March 4, 2025.",
            "The repairs cost the city $120, according to the council.",
            "“We kept our promise to every single driver in this city,” Duarte told reporters.",
            "A cafe on the north bank also opened.",
        ],
        [
            "Drivers return to Kelvin Harbour bridge",
            "Traffic returned to the bridge on Tuesday, March 4, 2025.",
            "The council put the city's cost at $120 million.",
            "“We kept our promise to every driver in this town,” the mayor said.",
            "The café on the north bank drew a crowd.",
        ],
    ]

    static func text(_ i: Int) -> String { prose[i].joined(separator: "\n\n") + "\n" }

    static func markdown(_ i: Int) -> String {
        var out = "---\ntitle: \"Published Monday, March 4, 2025\"\ntags: [bridge]\n---\n\n"
        for (n, paragraph) in prose[i].enumerated() {
            if n == 0 { out += "# \(paragraph)\n\n"; continue }
            out += paragraph.replacingOccurrences(of: "Kelvin Harbour", with: "[Kelvin Harbour](https://example.com/Monday-March-4-2025 \"Monday, March 4, 2025\")") + "\n\n"
            if n == 1 {
                out += "```text\nThe log says Monday, March 4, 2025.\n```\n\n"
                out += "    Indented code: Monday, March 4, 2025.\n\n"
                out += "Source: `Monday, March 4, 2025` ![Monday, March 4, 2025](img/Monday-March-4-2025.png) <https://example.com/Monday,-March-4,-2025>\n\n"
                out += "<!-- Monday, March 4, 2025 -->\n\n"
            }
        }
        return out
    }

    static func html(_ i: Int) -> String {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "“", with: "&ldquo;")
                .replacingOccurrences(of: "”", with: "&rdquo;").replacingOccurrences(of: "é", with: "&eacute;")
        }
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>Monday, March 4, 2025</title>\n"
        out += "<script>var published = \"Monday, March 4, 2025\";</script>\n<style>p::before { content: \"Monday, March 4, 2025\" }</style>\n</head>\n<body>\n"
        for (n, paragraph) in prose[i].enumerated() {
            let tag = n == 0 ? "h1" : "p"
            let body = escape(paragraph).replacingOccurrences(of: "Kelvin Harbour", with: "<a href=\"https://example.com/?d=Monday,%20March%204,%202025\" title=\"Monday, March 4, 2025\">Kelvin&nbsp;Harbour</a>")
            out += "<\(tag) class=\"story\">\(body)</\(tag)>\n"
            if n == 1 { out += "<pre><code>The log says Monday, March 4, 2025.</code></pre>\n" }
        }
        return out + "</body>\n</html>\n"
    }
}
