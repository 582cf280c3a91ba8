/// The formats factlint reads, chosen by file extension. Markdown and HTML are checked as
/// prose masks of their source (same byte offsets), so findings point into the source.
public enum ArticleFormat: String, Sendable, CaseIterable {
    case text, markdown, html

    /// File extensions, lowercase, by format (anything else named on the command line is text).
    public static let extensions: [(ext: String, format: ArticleFormat)] = [
        ("txt", .text), ("md", .markdown), ("markdown", .markdown), ("html", .html), ("htm", .html),
    ]

    public init(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { self = .text; return }
        let ext = name[name.index(after: dot)...].lowercased()
        self = Self.extensions.first { $0.ext == ext }?.format ?? .text
    }

    /// The text rules analyse, and the suppressions written in the article's comments.
    public func prose(of source: SourceText) -> (text: SourceText, suppressions: Suppressions) {
        let masked: (mask: ProseMask, comments: [(range: Range<Int>, text: String)])
        switch self {
        case .text: return (source, Suppressions())
        case .markdown: masked = MarkdownMask.mask(source.bytes)
        case .html: masked = HTMLMask.mask(source.bytes)
        }
        return (SourceText(bytes: masked.mask.bytes), Suppressions(comments: masked.comments, in: source.bytes))
    }
}
