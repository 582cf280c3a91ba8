/// `--format github`: GitHub Actions workflow commands, which the runner turns into
/// annotations: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
/// Notes become notices. Related locations are named in the message.
public struct GitHubFormat: OutputFormat {
    public init() {}

    public func render(_ report: Report) -> String {
        var out = ""
        for d in report.diagnostics {
            let command = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
            let l = d.location
            var message = d.message
            for r in d.related { message += "\n\(r.location.path):\(r.location.line):\(r.location.column): \(r.message)" }
            let properties = [("file", l.path), ("line", "\(l.line)"), ("col", "\(l.column)"), ("endLine", "\(l.endLine)"),
                              ("endColumn", "\(l.endColumn)"), ("title", "factlint \(d.ruleID)")]
                .map { "\($0.0)=\(GitHubFormat.property($0.1))" }.joined(separator: ",")
            out += "::\(command) \(properties)::\(GitHubFormat.data(message))\n"
        }
        return out
    }

    /// The runner's escaping for the message part.
    static func data(_ s: String) -> String {
        s.replacingScalars("%", with: "%25").replacingScalars("\r", with: "%0D").replacingScalars("\n", with: "%0A")
    }

    /// The runner's escaping for a property value (also ':' and ',').
    static func property(_ s: String) -> String {
        data(s).replacingScalars(":", with: "%3A").replacingScalars(",", with: "%2C")
    }
}
