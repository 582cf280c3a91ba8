/// What a formatter gets: the findings and the rules that made them. Formatters only
/// render; they never decide the exit code or filter findings.
public struct Report: Sendable {
    public var diagnostics: [Diagnostic]
    public var rules: [RuleMeta]
    public var filesChecked: Int
    public var toolVersion: String

    public init(diagnostics: [Diagnostic], rules: [RuleMeta], filesChecked: Int, toolVersion: String) {
        self.diagnostics = diagnostics
        self.rules = rules
        self.filesChecked = filesChecked
        self.toolVersion = toolVersion
    }
}

public protocol OutputFormat: Sendable {
    /// The text for stdout; empty when there is nothing to say.
    func render(_ report: Report) -> String
}

public enum OutputFormats {
    public static let names = ["compiler"]

    public static func named(_ name: String, color: Bool) -> (any OutputFormat)? {
        switch name {
        case "compiler": return CompilerFormat(color: color)
        default: return nil
        }
    }
}
