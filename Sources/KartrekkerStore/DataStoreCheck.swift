import Foundation
import KartrekkerCore

extension DataStore {
    /// Reads every data file, changing nothing, and reports each problem with its place:
    /// files that do not parse or fit, records in the wrong month file, duplicate ids, records
    /// of unknown employees, links to unknown contributions.
    /// `progress(done, total)` follows the files read.
    public func check(progress: (Int, Int) -> Void = { _, _ in }) -> CheckReport {
        var report = CheckReport()
        let total = dataFiles().count
        var done = 0
        let tick = {
            done += 1
            progress(done, total)
        }
        if FileManager.default.fileExists(atPath: directory.path + "/" + Journal.fileName) {
            report.problems.append("\(Journal.fileName):1:1: a write was interrupted (a crash?); the next kartrekker command that changes data completes it")
        } else if FileManager.default.fileExists(atPath: directory.path + "/" + Journal.stagingFolder) {
            report.problems.append("\(Journal.stagingFolder):1:1: a replacement of all data (demo --force) was interrupted before it began; the old data is live, and the next kartrekker command removes the leftover")
        }
        var employeeIDs = Set<String>()
        var employeesKnown = true
        if FileManager.default.fileExists(atPath: directory.path + "/" + DataStore.employeesFile) {
            report.files += 1
            employeesKnown = false
            if let file = checked(EmployeesFile.self, DataStore.employeesFile, into: &report) {
                employeesKnown = true
                report.employees = file.value.employees.count
                for (offset, employee) in file.value.employees.enumerated() where !employeeIDs.insert(employee.id).inserted {
                    report.problems.append(file.at(["employees", offset], "employee id \(employee.id) appears more than once"))
                }
            }
        }
        var contributionIDs = Set<String>()
        // Without a readable employees file every record would "belong to nobody": one problem
        // is reported, not a thousand that follow from it.
        let known: Set<String>? = employeesKnown ? employeeIDs : nil
        checkMonths(Contribution.self, employeeIDs: known, report: &report, tick: tick) { contribution, place in
            guard contributionIDs.insert(contribution.id).inserted else {
                return place("contribution id \(contribution.id) appears more than once")
            }
            return nil
        }
        report.contributions = contributionIDs.count
        var recognitionIDs = Set<String>()
        checkMonths(Recognition.self, employeeIDs: known, report: &report, tick: tick) { recognition, place in
            guard recognitionIDs.insert(recognition.id).inserted else {
                return place("recognition id \(recognition.id) appears more than once")
            }
            if let missing = recognition.contributionIds.first(where: { !contributionIDs.contains($0) }) {
                return place("recognition \(recognition.id) is for contribution \(SafeText.escaped(missing)), which does not exist")
            }
            return nil
        }
        report.recognitions = recognitionIDs.count
        return report
    }

    private struct Located<T> {
        let value: T
        let file: String
        let data: Data

        func at(_ path: [Any], _ message: String) -> String {
            let keys: [any CodingKey] = path.map { part in
                if let index = part as? Int { return AnyKey(intValue: index) }
                return AnyKey(stringValue: "\(part)")
            }
            let position = JSONLocator.position(of: keys, in: data) ?? JSONLocator.Position(line: 1, column: 1)
            return "\(file):\(position): \(message)"
        }
    }

    private struct AnyKey: CodingKey {
        let stringValue: String
        let intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue; intValue = nil }
        init(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
    }

    private func checked<T: VersionedFile>(_ type: T.Type, _ file: String, into report: inout CheckReport) -> Located<T>? {
        let path = directory.path + "/" + file
        var kind = stat()
        if stat(path, &kind) == 0, (kind.st_mode & S_IFMT) == S_IFDIR {
            report.problems.append("\(file):1:1: is a directory where a data file should be")
            return nil
        }
        let data: Data
        do {
            guard let read = try fileSystem.read(path) else {
                report.problems.append("\(file):1:1: cannot be read")
                return nil
            }
            data = read
        } catch {
            report.problems.append("\(file):1:1: cannot be read: \(error)")
            return nil
        }
        do {
            let value = try DataDecoding.decode(type, from: data, file: file)
            if value.schemaVersion > SchemaVersion.current {
                report.problems.append("\(file):1:1: schemaVersion \(value.schemaVersion) is newer than this kartrekker knows (\(SchemaVersion.current)); it can read but not change this directory")
            }
            return Located(value: value, file: file, data: data)
        } catch let error as KartrekkerError {
            report.problems.append(error.message)
        } catch {
            report.problems.append("\(file):1:1: \(error)")
        }
        return nil
    }

    private func checkMonths<Record: MonthRecord>(
        _ kind: Record.Type, employeeIDs: Set<String>?, report: inout CheckReport, tick: () -> Void,
        extra: (Record, (String) -> String) -> String?
    ) {
        for month in months(of: kind) {
            tick()
            let file = DataLayout.path(of: kind, month)
            report.files += 1
            guard let located = checked(MonthFile<Record>.self, file, into: &report) else { continue }
            if located.value.month != month {
                report.problems.append(located.at(["month"], "the file says month \(SafeText.escaped(located.value.month)), its name says \(month)"))
            }
            for (offset, record) in located.value.records.enumerated() {
                let place = { (message: String) in located.at([Record.folder, offset], message) }
                if record.date.monthKey != month {
                    report.problems.append(place("\(record.id) is dated \(record.date), which is not in \(month)"))
                }
                if let employeeIDs, !employeeIDs.contains(record.employeeId) {
                    report.problems.append(place("\(record.id) belongs to employee \(SafeText.escaped(record.employeeId)), who does not exist"))
                }
                if let problem = extra(record, place) { report.problems.append(problem) }
            }
        }
    }
}
