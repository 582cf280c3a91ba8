/// `--format checkstyle`: Checkstyle XML, read by Jenkins, GitLab code quality converters
/// and reviewdog (`-f=checkstyle`). One `<file>` per file with findings.
public struct CheckstyleFormat: OutputFormat {
    public init() {}

    public func render(_ report: Report) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        var order: [String] = []
        var byFile: [String: [Diagnostic]] = [:]
        for d in report.diagnostics {
            if byFile[d.location.path] == nil { order.append(d.location.path) }
            byFile[d.location.path, default: []].append(d)
        }
        for path in order {
            let items = byFile[path]!
            out += "  <file name=\"\(Escape.xml(path))\">\n"
            for d in items {
                let severity = d.severity == .note ? "info" : d.severity.rawValue
                out += "    <error line=\"\(d.location.line)\" column=\"\(d.location.column)\" severity=\"\(severity)\" "
                    + "message=\"\(Escape.xml(d.message))\" source=\"factlint.\(Escape.xml(d.ruleID))\"/>\n"
            }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }
}

/// `--format junit`: JUnit XML for CI systems that show test reports. Each checked file
/// is a test case; its findings at or above the fail level are its failures.
public struct JUnitFormat: OutputFormat {
    public var failLevel: Severity

    public init(failLevel: Severity = .error) { self.failLevel = failLevel }

    public func render(_ report: Report) -> String {
        var byFile: [String: [Diagnostic]] = [:]
        for d in report.diagnostics { byFile[d.location.path, default: []].append(d) }
        let files = (report.files.isEmpty ? Array(byFile.keys) : report.files).sorted()
        let failing = files.filter { byFile[$0]?.contains { $0.severity >= failLevel } == true }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"factlint\" tests=\"\(files.count)\" failures=\"\(failing)\">\n"
        out += "  <testsuite name=\"factlint\" tests=\"\(files.count)\" failures=\"\(failing)\" errors=\"0\">\n"
        for file in files {
            let findings = byFile[file] ?? []
            let failures = findings.filter { $0.severity >= failLevel }
            out += "    <testcase classname=\"factlint\" name=\"\(Escape.xml(file))\""
            if failures.isEmpty && findings.isEmpty { out += "/>\n"; continue }
            out += ">\n"
            for d in failures {
                let line = "\(d.location.path):\(d.location.line):\(d.location.column): \(d.severity.rawValue): \(d.message) [\(d.ruleID)]"
                out += "      <failure type=\"\(Escape.xml(d.ruleID))\" message=\"\(Escape.xml(d.message))\">\(Escape.xml(line))</failure>\n"
            }
            let others = findings.filter { $0.severity < failLevel }
            if !others.isEmpty {
                let lines = others.map { "\($0.location.path):\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message) [\($0.ruleID)]" }
                out += "      <system-out>\(Escape.xml(lines.joined(separator: "\n")))</system-out>\n"
            }
            out += "    </testcase>\n"
        }
        return out + "  </testsuite>\n</testsuites>\n"
    }
}
