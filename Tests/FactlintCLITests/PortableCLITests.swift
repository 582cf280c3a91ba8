@testable import FactlintCLI
import Foundation
import Testing

/// The CLI's stand-ins for full-Foundation API (the shipped binary has no ICU) give what
/// Foundation gives; the tests link full Foundation, so it is the reference.
@Suite struct PortableCLITests {
    @Test func pathTextMatchesNSString() {
        // Not compared: "a/", "a///" (Foundation traps on them) and "//".
        for path in ["a/b.txt", "b.txt", "/b.txt", "/", "", "a/b/", "a//b", "/a/b/c.md", "./x", "../y/z"] {
            #expect(PathText.lastComponent(path) == (path as NSString).lastPathComponent, "\(path)")
            #expect(PathText.deletingLastComponent(path) == (path as NSString).deletingLastPathComponent, "\(path)")
        }
    }

    @Test func paddingMatchesFoundation() {
        for (s, width) in [("id", 6), ("exactly", 7), ("too-long-id", 4), ("", 3), ("é", 2)] {
            #expect(s.padded(to: width) == s.padding(toLength: width, withPad: " ", startingAt: 0), "\(s)")
        }
    }

    @Test func jsonEscapingMatchesJSONSerialization() throws {
        for s in ["plain", "a/b", "quote \" and \\ back", "tab\tnew\nline", "\u{1}\u{1F}\u{7F}", "é 日本 👍", "\u{2028}"] {
            let data = try JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes])
            let array = String(decoding: data, as: UTF8.self)
            #expect(JSONEscaping.string(s) == String(array.dropFirst().dropLast()), "\(s.debugDescription)")
        }
    }

    @Test func fileErrorsReadAsTheSystemsText() {
        do {
            try Data("x".utf8).write(to: URL(fileURLWithPath: "/nonexistent-folder-\(UUID().uuidString)/x"), options: .atomic)
            Issue.record("the write should fail")
        } catch {
            #expect(!errorText(error).isEmpty)
            #expect(!errorText(error).contains("CocoaError"), "\(errorText(error))")
        }
    }

    @Test func fileDescriptorReadsAWholeFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-fd-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = (0..<200_000).map { UInt8($0 % 251) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(FileDescriptorIO.readAll(path: path) == bytes)
        #expect(FileDescriptorIO.readAll(path: path + "-missing") == nil)
    }
}
