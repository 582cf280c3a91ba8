import Foundation
import Testing

/// SARIF output validated against the official SARIF 2.1.0 schema (../shared/schemas),
/// with Python's jsonschema (installed by .ci/run).
@Suite struct SARIFSchemaTests {
    static let schema = root.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")

    static func validate(_ document: String) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-\(UUID()).sarif")
        try document.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("Tests/tools/validate-json-schema.py").path, schema.path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test(arguments: ["seeds", "fixtures"])
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
