import FactlintCLI
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// A reader that stops reading (`| head`) ends the run quietly, as for any Unix tool.
signal(SIGPIPE, SIG_DFL)
let stdoutClosed = OutputWriter.reserveStandardDescriptors()
let output = OutputWriter(
    failed: { message in
        _ = OutputWriter.writeAll(2, Array("factlint: \(message)\n".utf8))
        exit(ExitCode.failure)
    },
    readerGone: { exit(128 + SIGPIPE) })
output.stdoutClosed = stdoutClosed
let console = Console(
    out: { output.write($0) },
    err: { output.writeError($0) },
    stdoutIsTerminal: isatty(1) != 0,
    environment: ProcessInfo.processInfo.environment)
let status = CLI.run(Array(CommandLine.arguments.dropFirst()), console: console)
output.flush()
exit(status)
