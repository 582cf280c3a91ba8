import Foundation
import Testing

/// The built binary, run as a separate process: what only a real process shows (hash seeds,
/// signals, file descriptors, peak memory).
struct Subprocess {
    static var binary: String { root.appendingPathComponent(".build/debug/factlint").path }

    var status: Int32
    var out: Data
    var err: String

    /// Runs factlint with `arguments`; `SWIFT_DETERMINISTIC_HASHING` is removed from the
    /// environment so every run gets its own hash seed. `shell` wraps the command (for
    /// redirections): `$FACTLINT` in it is the quoted command line.
    static func run(_ arguments: [String], shell: String? = nil, directory: URL? = nil) throws -> Subprocess {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "run swift build first")
        let process = Process()
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_DETERMINISTIC_HASHING"] = nil
        if let shell {
            let command = ([binary] + arguments).map(quote).joined(separator: " ")
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", shell]
            environment["FACTLINT"] = command
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes while the process runs, so a large output cannot block it.
        final class Sink: @unchecked Sendable { var data = Data() }
        let errSink = Sink()
        let reader = Thread { errSink.data = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return Subprocess(status: process.terminationStatus, out: output, err: String(decoding: errSink.data, as: UTF8.self))
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
