/// `path:line:col: severity: message [rule-id]`, then one `note:` line per related
/// location. The format compilers use, so editors and problem matchers read it as is.
public struct CompilerFormat: OutputFormat {
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    public func render(_ report: Report) -> String {
        var out = ""
        for d in report.diagnostics {
            out += line(d.location, d.severity, d.message, d.ruleID)
            for related in d.related {
                out += line(related.location, .note, related.message, d.ruleID)
            }
        }
        return out
    }

    private func line(_ l: SourceLocation, _ severity: Severity, _ message: String, _ rule: String) -> String {
        let place = "\(Escape.compilerPath(l.path)):\(l.line):\(l.column):"
        let text = CompilerFormat.singleLine(message)
        guard color else { return "\(place) \(severity.rawValue): \(text) [\(rule)]\n" }
        let tint = severity == .error ? "\u{1B}[1;31m" : severity == .warning ? "\u{1B}[1;35m" : "\u{1B}[1;36m"
        return "\u{1B}[1m\(place)\u{1B}[0m \(tint)\(severity.rawValue):\u{1B}[0m \(text) \u{1B}[2m[\(rule)]\u{1B}[0m\n"
    }

    /// A path as printed on one line of output or of an error message (see `Escape.compilerPath`).
    public static func printable(_ path: String) -> String { Escape.compilerPath(path) }

    /// One diagnostic is one line: line breaks inside quoted text become spaces.
    static func singleLine(_ s: String) -> String {
        guard mayHaveLineBreak(s), s.contains(where: \.isNewline) else { return s }
        return String(s.map { $0.isNewline ? " " : $0 })
    }

    /// False when `s` has no line break (LF, VT, FF, CR, NEL, LS, PS): one pass over bytes
    /// instead of over Characters, for the common message with none.
    static func mayHaveLineBreak(_ s: String) -> Bool {
        var before: UInt8 = 0, last: UInt8 = 0
        for b in s.utf8 {
            if b &- 0x0A < 4 || (last == 0xC2 && b == 0x85) || (before == 0xE2 && last == 0x80 && (b == 0xA8 || b == 0xA9)) {
                return true
            }
            before = last
            last = b
        }
        return false
    }
}
