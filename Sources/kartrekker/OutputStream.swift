import Foundation
import KartrekkerCore

/// Standard output written in large pieces as records stream by: a JSON array or a CSV one
/// record at a time, so that listing a corporation's whole history keeps memory flat.
final class OutputStream {
    private var buffer: [UInt8] = []
    private var count = 0
    private let format: OutputFormat
    private let keys: [String]

    init(format: OutputFormat, keys: [String]) {
        self.format = format
        self.keys = keys
        buffer.reserveCapacity(1 << 16)
        if format == .csv { append(Array(CSVTable.header(keys).utf8)) }
    }

    func write(_ record: OutputValue) {
        switch format {
        case .json:
            append(Array((count == 0 ? "[\n  " : ",\n  ").utf8))
            append(JSONWriter.element(record, indent: 1))
        case .csv:
            append(Array(CSVTable.line(record, keys: keys, escapingForTerminal: true).utf8))
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

    private func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
