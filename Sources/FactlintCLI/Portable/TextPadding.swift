extension String {
    /// The text cut or padded with spaces to `width` UTF-16 units, as Foundation's
    /// `padding(toLength:withPad: " ", startingAt: 0)` makes it.
    func padded(to width: Int) -> String {
        let units = Array(utf16)
        if units.count >= width { return String(decoding: units.prefix(width), as: UTF16.self) }
        return self + String(repeating: " ", count: width - units.count)
    }
}

/// Path text as NSString's `lastPathComponent` and `deletingLastPathComponent` give it.
enum PathText {
    /// "a/b.txt" → "b.txt"; trailing slashes are ignored ("a/b/" → "b"); "/" → "/".
    static func lastComponent(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        if trimmed == "/" { return "/" }
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// "a/b.txt" → "a"; "b.txt" → ""; "/b.txt" → "/"; "a//b" → "a".
    static func deletingLastComponent(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        if trimmed == "/" { return "/" }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        let head = withoutTrailingSlashes(String(trimmed[..<slash]))
        return head.isEmpty ? "/" : head
    }

    private static func withoutTrailingSlashes(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        return String(p)
    }
}
