import Foundation
import Testing

/// SARIF output validated against the official SARIF 2.1.0 schema (vendored in schema/),
/// with Python's jsonschema: `.ci/run` installs it into `.venv`, which is used when present.
@Suite(.enabled(if: Python.hasJSONSchema, "needs Python's jsonschema: python3 -m venv .venv && .venv/bin/pip install jsonschema (.ci/run does this)"))
struct SARIFSchemaTests {
    static let schema = root.appendingPathComponent("schema/sarif-schema-2.1.0.json")

    static func validate(_ document: String) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-\(UUID()).sarif")
        try document.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [Python.interpreter, root.appendingPathComponent("Tests/tools/validate-json-schema.py").path, schema.path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test(arguments: Seeds.available ? ["seeds", "fixtures"] : ["fixtures"])
    func sarifValidatesAgainstTheOfficialSchema(corpus: String) throws {
        let path = corpus == "seeds" ? seedsPath : root.appendingPathComponent("fixtures").path
        let run = Run(["--rules", rulesPath, "--format", "sarif", path])
        #expect(run.status == 1)
        let result = try Self.validate(run.out)
        #expect(result.status == 0, "\(result.output)")
        // Every SARIF column is ≥ 1 and every result has a rule and a fingerprint.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
        let runObject = try #require((json["runs"] as? [[String: Any]])?.first)
        #expect(runObject["columnKind"] as? String == "unicodeCodePoints")
        let results = try #require(runObject["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for r in results {
            #expect(r["partialFingerprints"] != nil)
            let region = ((r["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]
            #expect((region?["startColumn"] ?? 0) >= 1)
        }
    }

    @Test func validatorRejectsBrokenSARIF() throws {
        let result = try Self.validate(#"{"version": "2.1.0", "runs": [{"tool": {}}]}"#)
        #expect(result.status == 1, "\(result.output)")
    }
}

/// The Python the tests use: `.venv/bin/python3` (made by .ci/run) when it exists.
enum Python {
    static let interpreter: String = {
        let venv = root.appendingPathComponent(".venv/bin/python3").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : "python3"
    }()

    /// True when jsonschema imports; `.ci/run` sets FACTLINT_REQUIRE_PYTHON so a missing one fails there.
    static let hasJSONSchema: Bool = {
        if ProcessInfo.processInfo.environment["FACTLINT_REQUIRE_PYTHON"] != nil { return true }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [interpreter, "-c", "import jsonschema"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()
}

/// The five real articles in ../shared/seeds, beside the repository in the project's workspace
/// but not in a fresh clone: tests that need them are skipped there.
enum Seeds {
    static let available = FileManager.default.fileExists(atPath: seedsPath)
    static let skipReason: Comment = "needs ../shared/seeds (the real articles beside the repository), absent in a fresh clone"
}
