import Foundation
import KartrekkerCore

/// A believable housing corporation to look around in: Dutch names, teams with roles, a few
/// kartrekkers, many steady people and some quiet ones, contributions and recognitions spread
/// over the years up to today with the rhythm of real work (fewer in the summer holidays and
/// at Christmas), some archived employees.
///
/// Everything, ids and `recordedAt` instants included, is derived from the seed and today,
/// so the same seed and today give the same organisation, byte for byte.
public struct DemoOrganisation: Sendable {
    public let employees: [Employee]
    public let contributions: [Contribution]
    public let recognitions: [Recognition]

    public static let defaultEmployees = 24
    public static let defaultYears = 1
    public static let defaultSeed: UInt64 = 2026

    private enum Profile {
        case kartrekker, steady, quiet

        /// Contributions per working week.
        var weeklyRate: Double {
            switch self {
            case .kartrekker: 3.7
            case .steady: 1.28
            case .quiet: 0.23
            }
        }

        /// The chance that a contribution is recognized.
        var recognitionChance: Double {
            switch self {
            case .kartrekker: 0.24
            case .steady: 0.2
            case .quiet: 0.3
            }
        }
    }

    private struct Person {
        let employee: Employee
        let profile: Profile
        let lead: String
        let from: CalendarDate
        let until: CalendarDate
    }

    public init(employees count: Int = defaultEmployees, years: Int = defaultYears, seed: UInt64 = defaultSeed,
                today: CalendarDate) {
        var random = SeededGenerator(seed: seed)
        let start = CalendarDate(year: today.year - years, month: today.month,
                                 day: min(today.day, CalendarDate.daysIn(month: today.month, year: today.year - years)))!
            .adding(days: 1)
        let people = DemoOrganisation.people(count, start: start, today: today, random: &random)
        var contributions: [Contribution] = []
        var recognitions: [Recognition] = []
        contributions.reserveCapacity(count * years * 55)
        for person in people {
            var own: [Contribution] = []
            var day = person.from
            while day <= person.until {
                let rate = person.profile.weeklyRate / 5 * DemoOrganisation.season(day)
                if day.isoWeekday <= 5, random.chance(rate) {
                    own.append(DemoOrganisation.contribution(for: person, on: day, today: today, random: &random))
                }
                day = day.adding(days: 1)
            }
            for (index, contribution) in own.enumerated() where random.chance(person.profile.recognitionChance) {
                let date = contribution.date.adding(days: random.within(0...10))
                guard date <= person.until else { continue }
                var linked = [contribution.id]
                if index > 0, random.chance(0.2), own[index - 1].date >= contribution.date.adding(days: -30) {
                    linked.insert(own[index - 1].id, at: 0)
                }
                recognitions.append(DemoOrganisation.recognition(for: person, on: date, linked: linked, random: &random))
            }
            contributions.append(contentsOf: own)
            // Residents who answered a survey about a story told: drawn from each record's own
            // generator, so that the rest stays what the seed has always made.
            contributions.append(contentsOf: own.compactMap { DemoOrganisation.praise(after: $0, for: person) })
        }
        employees = people.map(\.employee)
        self.contributions = contributions
        self.recognitions = recognitions
    }

    /// Staff: unique names, a team and role each, a profile, and when they worked here.
    private static func people(_ count: Int, start: CalendarDate, today: CalendarDate,
                               random: inout SeededGenerator) -> [Person] {
        var taken = Set<String>()
        var result: [Person] = []
        let teamChoices = DemoVocabulary.teams.indices.map { ($0, DemoVocabulary.teams[$0].weight) }
        let span = start.days(to: today)
        for index in 0..<count {
            var name = ""
            for attempt in 0..<50 {
                name = random.pick(DemoVocabulary.firstNames) + " " + random.pick(DemoVocabulary.lastNames)
                if attempt == 49 { name += " \(index + 1)" }
                if taken.insert(name.folded).inserted { break }
            }
            let team = DemoVocabulary.teams[random.pick(teamChoices)]
            let profile: Profile = random.pick([(.kartrekker, 7), (.steady, 70), (.quiet, 23)])
            // Most were there before the demo's history starts; some joined since.
            let joined = random.chance(0.8) ? start.adding(days: -random.within(30...6000)) : start.adding(days: random.below(max(1, span)))
            let leaves = random.chance(0.07) && span > 60
            let until = leaves ? start.adding(days: span / 3 + random.below(max(1, span * 2 / 3 - 30))) : today
            let local = name.folded.replacingOccurrences(of: " ", with: ".").replacingOccurrences(of: "'", with: "")
            let employee = Employee(
                id: RecordID.employee(using: &random), name: name, team: team.name, role: random.pick(team.roles),
                email: random.chance(0.9) ? local + "@woonstad.nl" : nil, startDate: joined, archived: leaves)
            result.append(Person(employee: employee, profile: profile, lead: team.lead, from: max(joined, start),
                                 until: max(until, max(joined, start))))
        }
        return result
    }

    /// How busy a day is: summer holidays and the Christmas weeks are quiet.
    private static func season(_ day: CalendarDate) -> Double {
        if (day.month == 12 && day.day >= 22) || (day.month == 1 && day.day <= 3) { return 0.25 }
        if day.month == 7 || (day.month == 8 && day.day <= 20) { return 0.5 }
        return 1.0
    }

    private static func contribution(for person: Person, on day: CalendarDate, today: CalendarDate,
                                     random: inout SeededGenerator) -> Contribution {
        let team = person.employee.team
        let category: Category = random.pick([
            (.smile, team == "Klantcontact" || team == "Wijkbeheer" ? 26 : 14),
            (.beyond, team == "Onderhoud" ? 26 : 16),
            (.idea, 12),
            (.attention, team == "Leefbaarheid" || team == "Verhuur" ? 22 : 14),
            (.ambassador, team == "Renovatie" ? 16 : 8),
            (.goal, 16),
        ])
        let channels: [Channel] = switch team {
        case "Klantcontact": [.phone, .phone, .chat, .email, .counter]
        case "Verhuur": [.counter, .email, .visit, .phone]
        case "Onderhoud", "Wijkbeheer", "Renovatie": [.visit, .visit, .phone]
        default: [.visit, .phone, .social, .other]
        }
        let resident = category == .smile || category == .attention || category == .beyond
        var values: [String] = []
        for _ in 0..<random.pick([(0, 35), (1, 45), (2, 20)]) {
            let value = random.pick(DemoVocabulary.values)
            if !values.contains(value) { values.append(value) }
        }
        let project = (team == "Renovatie" && random.chance(0.7)) || (team == "Onderhoud" && random.chance(0.2))
            ? random.pick(DemoVocabulary.projects) : nil
        var status: IdeaStatus?
        if category == .idea {
            let age = day.days(to: today)
            status = age < 30 ? random.pick([(.proposed, 85), (.adopted, 15)])
                : random.pick([(.proposed, 20), (.adopted, 30), (.implemented, 30), (.declined, 20)])
        }
        let id = RecordID.contribution(date: day, using: &random)
        let note = note(random.pick(DemoVocabulary.notes[category]!), random: &random)
        let channel = resident || random.chance(0.3) ? random.pick(channels) : nil
        let recordedAt = instant(day, random: &random)
        // The resident's side (contact moment, story) from a generator of the record's own, so
        // that the rest of the organisation stays what the seed has always made.
        var own = SeededGenerator(text: id)
        var moment: ContactMoment?
        if resident, let moments = DemoVocabulary.contactMoments[team], own.chance(0.8) {
            moment = ContactMoment(key: own.pick(Array(moments.enumerated()).map { ($0.element, moments.count - $0.offset) }))
        }
        var story: SmileStory?
        if SmileStory.categories.contains(category), own.chance(0.3) {
            story = SmileStory(problem: DemoOrganisation.note(own.pick(DemoVocabulary.storyProblems), random: &own),
                               action: own.pick(DemoVocabulary.storyActions),
                               cost: own.chance(0.4) ? Euros(cents: own.pick([(1500, 3), (2500, 3), (4950, 2), (8500, 1)])) : nil,
                               outcome: DemoOrganisation.note(own.pick(DemoVocabulary.storyOutcomes), random: &own))
        }
        return Contribution(
            id: id, employeeId: person.employee.id, date: day, category: category, note: note, channel: channel, values: values,
            project: project, ideaStatus: status, contactMoment: moment, story: story,
            declineReason: status == .declined && own.chance(0.6) ? own.pick(DemoVocabulary.declineReasons) : nil,
            recordedBy: person.lead, recordedAt: recordedAt)
    }


    /// A resident's praise for `contribution`'s story, some days after it, where the survey
    /// named the person.
    private static func praise(after contribution: Contribution, for person: Person) -> Contribution? {
        guard contribution.story != nil else { return nil }
        var own = SeededGenerator(text: "praise " + contribution.id)
        guard own.chance(0.35) else { return nil }
        let day = contribution.date.adding(days: own.within(2...12))
        guard day <= person.until else { return nil }
        let surname = person.employee.name.split(separator: " ").dropFirst().joined(separator: " ")
        let title = own.chance(0.5) ? "Mevrouw" : "Meneer"
        let comment = own.pick(DemoVocabulary.praise).replacingOccurrences(of: "{name}", with: own.chance(0.5)
            ? person.employee.name : title + " " + surname.prefix(1).uppercased() + surname.dropFirst())
        return Contribution(id: RecordID.contribution(date: day, using: &own), employeeId: person.employee.id, date: day,
                            category: .praise, note: comment, contactMoment: contribution.contactMoment,
                            recordedBy: person.lead, recordedAt: instant(day, random: &own))
    }

    private static func recognition(for person: Person, on day: CalendarDate, linked: [String],
                                    random: inout SeededGenerator) -> Recognition {
        let kind: RecognitionKind = random.pick([
            (.thanks, 50), (.compliment, 25), (.gift, 9), (.bonus, 5), (.award, person.profile == .kartrekker ? 16 : 3),
        ])
        let id = RecordID.recognition(date: day, using: &random)
        let message = random.pick(DemoVocabulary.messages[kind]!)
        let visibility: Visibility = random.chance(0.15) ? .private : .public
        var own = SeededGenerator(text: id)
        let amount: Euros? = switch kind {
        case .gift: Euros(cents: own.pick([(1500, 2), (2000, 3), (2500, 3), (3500, 1)]))
        case .bonus: Euros(cents: own.pick([(5000, 3), (10000, 3), (15000, 1), (25000, 1)]))
        default: nil
        }
        return Recognition(
            id: id, employeeId: person.employee.id, date: day, kind: kind, message: message, contributionIds: linked,
            visibility: visibility, amount: amount, recordedBy: person.lead, recordedAt: instant(day, random: &random))
    }

    private static func note(_ template: String, random: inout SeededGenerator) -> String {
        var text = template
        if text.contains("{resident}") {
            let resident = random.pick(DemoVocabulary.residents)
            text = text.replacingOccurrences(of: "{resident}", with: resident)
            if text.hasPrefix(resident) { text = resident.prefix(1).uppercased() + text.dropFirst() }
        }
        text = text.replacingOccurrences(of: "{issue}", with: random.pick(DemoVocabulary.issues))
        return text.replacingOccurrences(of: "{street}", with: random.pick(DemoVocabulary.streets))
    }

    /// A moment in office hours (Dutch time, summer time approximated by month) on `day`, in UTC.
    private static func instant(_ day: CalendarDate, random: inout SeededGenerator) -> Date {
        let offset = (4...9).contains(day.month) ? 2 : 1
        let seconds = random.within(8 * 3600...17 * 3600) - offset * 3600
        return Date(timeIntervalSince1970: Double(day.dayNumber * 86_400 + seconds) + Double(random.below(1000)) / 1000)
    }
}
