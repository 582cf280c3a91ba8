/// A glob with gitignore semantics, for `include`/`exclude`/`overrides` in a config file:
/// `dir/` and `dir` match a folder (and so everything in it); a pattern with no `/` but a
/// trailing one matches a name at any depth; one with a `/` inside is relative to the
/// config's folder (a leading `/` anchors it too); `*`, `**` and `?` as in `PathGlob`.
struct GitignoreGlob {
    private let glob: PathGlob
    private let folderOnly: Bool
    /// `/name`: only at the config's folder.
    private let rootOnly: Bool

    init(_ pattern: String) {
        var p = pattern
        folderOnly = p.hasSuffix("/")
        while p.hasSuffix("/") { p.removeLast() }
        rootOnly = p.hasPrefix("/") && !p.dropFirst().contains("/")
        if p.hasPrefix("/") { p.removeFirst() }
        glob = PathGlob(p) // PathGlob anchors a pattern containing '/' to the whole path
    }

    /// Matches a file path relative to the config's folder: the file itself, or any folder it is in.
    func matches(_ relativePath: String) -> Bool {
        let parts = relativePath.split(separator: "/").map(String.init)
        for end in parts.indices {
            let prefix = parts[...end].joined(separator: "/")
            let isFile = end == parts.count - 1
            if isFile && folderOnly { continue }
            if rootOnly && end > 0 { break }
            if glob.matches(relativePath: prefix) { return true }
        }
        return false
    }
}
