/// What a formatter gets: the findings and the rules that made them. Formatters only
/// render; they never decide the exit code or filter findings.
public struct Report: Sendable {
    public var diagnostics: [Diagnostic]
    public var rules: [RuleMeta]
    public var filesChecked: Int
    public var toolVersion: String
    /// Paths of the files checked (JUnit lists clean files as passing test cases).
    public var files: [String]

    public init(diagnostics: [Diagnostic], rules: [RuleMeta], filesChecked: Int, toolVersion: String, files: [String] = []) {
        self.diagnostics = diagnostics
        self.rules = rules
        self.filesChecked = filesChecked
        self.toolVersion = toolVersion
        self.files = files
    }
}

public protocol OutputFormat: Sendable {
    /// The text for stdout; empty when there is nothing to say.
    func render(_ report: Report) -> String
}

public enum OutputFormats {
    public static let names = ["compiler", "json", "sarif", "github", "checkstyle", "junit"]

    public static func named(_ name: String, color: Bool, failLevel: Severity = .error) -> (any OutputFormat)? {
        switch name {
        case "compiler": return CompilerFormat(color: color)
        case "json": return JSONFormat()
        case "sarif": return SARIFFormat()
        case "github": return GitHubFormat()
        case "checkstyle": return CheckstyleFormat()
        case "junit": return JUnitFormat(failLevel: failLevel)
        default: return nil
        }
    }
}
