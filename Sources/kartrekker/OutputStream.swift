import Foundation
import KartrekkerCore

/// Standard output written in large pieces as records stream by: a JSON array or a CSV one
/// record at a time, so that listing a corporation's whole history keeps memory flat.
final class OutputStream {
    private var buffer: [UInt8] = []
    private var count = 0
    private let format: OutputFormat
    private let keys: [String]
    private static let opening = Array("[\n  ".utf8), between = Array(",\n  ".utf8)

    init(format: OutputFormat, keys: [String]) {
        self.format = format
        self.keys = keys
        buffer.reserveCapacity(1 << 16)
        if format == .csv { append(Array(CSVTable.header(keys).utf8)) }
    }

    func write(_ record: OutputValue) {
        switch format {
        case .json:
            buffer.append(contentsOf: count == 0 ? OutputStream.opening : OutputStream.between)
            JSONWriter.appendElement(record, indent: 1, to: &buffer)
            if buffer.count >= 1 << 16 { flush() }
        case .csv:
            CSVTable.appendLine(record, keys: keys, escapingForTerminal: true, to: &buffer)
            if buffer.count >= 1 << 16 { flush() }
        case .table:
            break
        }
        count += 1
    }

    /// Ends the list and writes what is left.
    func finish() {
        if format == .json { append(Array((count == 0 ? "[]\n" : "\n]\n").utf8)) }
        flush()
    }

    private func append(_ bytes: [UInt8]) {
        buffer += bytes
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes the buffer to standard output. A reader that stopped reading (`| head`) ends
    /// the program as a broken pipe ends any Unix tool, quietly, even where SIGPIPE is ignored
    /// (SwiftNIO ignores it).
    private func flush() {
        guard !buffer.isEmpty else { return }
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { Glibc.write(1, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE {
                    signal(SIGPIPE, SIG_DFL)
                    raise(SIGPIPE)
                }
                let failure = errno
                Console.printError("error: " + (Console.language == .dutch
                    ? "de uitvoer kan niet geschreven worden: \(SystemErrorText.text(failure, in: .dutch))"
                    : "cannot write the output: \(String(cString: strerror(failure)))"))
                exit(74)
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
