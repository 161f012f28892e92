import Foundation
import KartrekkerCore

extension DataStore {
    /// One employee's records in one month file, in file order. When the file is known sound
    /// (found so by a write, or summed up after a check), its bytes are read and only this
    /// employee's records decoded, at the places its spans name; else the file is decoded and
    /// checked whole, as every read of an unknown file is.
    func personRecords<Record: MonthRecord>(_ kind: Record.Type, _ month: String, _ employeeID: String) throws -> [Record] {
        let file = DataLayout.path(of: kind, month)
        let path = root + "/" + file
        guard let signature = FileSignature(path: path) else { return [] }
        if let decoded = cached(MonthFile<Record>.self, file, signature: signature) {
            return decoded.records.filter { $0.employeeId == employeeID }
        }
        let token = VerifiedFiles.token(signature)
        let spansPath = summaryPath(kind, month, ".spans.bin")
        var ranges = (try? DataStore.readInternal(spansPath, name: DataStore.summariesFolder)).flatMap { $0 }
            .flatMap { MonthSpans.ranges(for: employeeID, in: $0, token: token) }
        if ranges?.isEmpty == true { return [] }
        let whole = { try self.monthRecords(kind, month).filter { $0.employeeId == employeeID } }
        if ranges == nil && !isKnownSound(kind, month, token: token) {
            let records = try whole()
            // Checked now: next time the spans serve.
            if let data = try? fileSystem.read(path), FileSignature(path: path) == signature,
               let skim = RecordSkim(data, folder: Record.folder) {
                writeSummaryFile(MonthSpans(skim).encoded(token: token), to: spansPath)
            }
            return records
        }
        guard let data = try fileSystem.read(path), FileSignature(path: path) == signature else { return try whole() }
        if ranges == nil {
            guard let skim = RecordSkim(data, folder: Record.folder) else { return try whole() }
            let spans = MonthSpans(skim)
            writeSummaryFile(spans.encoded(token: token), to: spansPath)
            ranges = spans.byEmployee[employeeID] ?? []
        }
        var records: [Record] = []
        for range in ranges ?? [] {
            guard range.upperBound <= data.count, let record = DataStore.decodeRecord(Record.self, data[range]),
                  record.employeeId == employeeID else { return try whole() }
            records.append(record)
        }
        return records
    }

    /// One record from its object's bytes: the fast reader, else `JSONDecoder`.
    static func decodeRecord<Record: MonthRecord>(_ kind: Record.Type, _ bytes: Data) -> Record? {
        if let fast = Record.self as? any FastDecodable.Type {
            let read = bytes.withUnsafeBytes { raw -> Record? in
                var reader = FastJSONReader(raw.bindMemory(to: UInt8.self))
                guard let record = fast.fastRead(&reader) as? Record, reader.atEnd else { return nil }
                return record
            }
            if let read { return read }
        }
        return try? JSONDecoder().decode(Record.self, from: bytes)
    }

    /// Whether the month file version `token` names was found sound: by a write (`.verified`)
    /// or by the check that came before its summary was made.
    func isKnownSound<Record: MonthRecord>(_ kind: Record.Type, _ month: String, token: String) -> Bool {
        let file = DataLayout.path(of: kind, month)
        if soundOnDisk == nil {
            soundOnDisk = (try? DataStore.readInternal(root + "/" + VerifiedFiles.fileName, name: VerifiedFiles.fileName))
                .flatMap { $0 }.flatMap { try? JSONDecoder().decode(VerifiedFiles.self, from: $0) }?.files ?? [:]
        }
        if soundOnDisk?[file] == token || summaries[file]?.token == token { return true }
        guard let header = DataStore.readHeader(summaryPath(kind, month, ".bin"), count: 256) else { return false }
        var input = SummaryReader(header)
        return input.bytes(MonthSummary.magic.count) == MonthSummary.magic && input.string() == token
    }

    /// `.summaries/<folder>-<month><suffix>`.
    func summaryPath<Record: MonthRecord>(_ kind: Record.Type, _ month: String, _ suffix: String) -> String {
        root + "/" + DataStore.summariesFolder + "/" + Record.folder + "-" + month + suffix
    }

    /// Writes one file of the summaries; a cache, so a failure (a read-only directory) is
    /// ignored: the answer is the same without it.
    func writeSummaryFile(_ data: Data, to path: String) {
        try? DataStore.makeDirectory(root + "/" + DataStore.summariesFolder, under: root)
        try? AtomicFile.write(data, to: path, fileSystem: fileSystem)
    }
}
