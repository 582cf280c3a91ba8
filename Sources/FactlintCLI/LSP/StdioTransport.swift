import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Runs a `LanguageServer` on standard input and output. A reader thread hands raw bytes to
/// the main loop, which handles every complete message waiting and then lets the server
/// check (so a burst of keystrokes is checked once). Nothing else may write to stdout.
enum StdioTransport {
    static func run(_ configuration: LSPConfiguration, log: @escaping (String) -> Void) -> Int32 {
        let server = LanguageServer(configuration: configuration, send: { message in
            FileDescriptorIO.writeAll(1, [UInt8](MessageFraming.frame(message.encoded())))
        }, log: { log($0 + "\n") })
        let inbox = Inbox()
        DispatchQueue(label: "factlint.lsp.stdin").async { // blocks on reads: its own thread
            while true {
                let chunk = Data(FileDescriptorIO.readAvailable(0))
                inbox.put(chunk)
                if chunk.isEmpty { return }
            }
        }
        var framing = MessageReader()
        while true {
            let chunks = inbox.takeAll()
            for chunk in chunks { framing.append(chunk) }
            do {
                while let body = try framing.next() {
                    server.receive(body)
                    if let code = server.exitCode { return code }
                }
            } catch {
                log("factlint lsp: \(error); stopping\n")
                return 1
            }
            if chunks.contains(where: \.isEmpty) { return 1 } // the client went away without `exit`
            if !inbox.hasWaiting { server.idle() }
        }
    }
}

/// Chunks of standard input waiting for the main loop.
private final class Inbox: @unchecked Sendable {
    private var chunks: [Data] = []
    private let lock = Condition()

    func put(_ chunk: Data) {
        lock.lock()
        chunks.append(chunk)
        lock.signal()
        lock.unlock()
    }

    /// Waits until something arrived, then takes all of it.
    func takeAll() -> [Data] {
        lock.lock()
        defer { lock.unlock() }
        while chunks.isEmpty { lock.wait() }
        let all = chunks
        chunks.removeAll()
        return all
    }

    var hasWaiting: Bool {
        lock.lock()
        defer { lock.unlock() }
        return !chunks.isEmpty
    }
}
