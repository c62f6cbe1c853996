import DiligenceApp
import DiligenceCore
import DiligenceStore
import DiligenceWebForms
import Foundation
import Hummingbird

/// A partner's training page: coverage, personnel in scope, sessions, attendance sheets and the
/// confirmation of training.
extension WebApp {
    func addTrainingRoutes(to router: some RouterMethods<WebContext>) {
        router.get("/partners/{id}/training") { request, context in
            let id = try context.parameters.require("id")
            return try await trainingPage(id, context: context, message: Self.trainingMessage(request.query))
        }
        router.post("/partners/{id}/training/personnel") { _, context in
            let id = try context.parameters.require("id")
            let form = context.form
            var errors: [FieldError] = []
            let category = form["category"].flatMap(PersonnelCategory.init(rawValue:))
            if category == nil {
                errors.append(FieldError(field: "category", message: "Choose a personnel category"))
            }
            let count = form["head-count"].flatMap { Int($0) }
            if count == nil || count! < 0 || count! > DiligenceStore.headCountLimit {
                errors.append(
                    FieldError(
                        field: "head-count",
                        message:
                            "Enter the number of people as a whole number from 0 to \(DiligenceStore.headCountLimit)"
                    ))
            }
            let contact = form["contact"].flatMap { ["yes": true, "no": false][$0] }
            if contact == nil {
                errors.append(
                    FieldError(
                        field: "contact", message: "Say whether they work in contact with beneficiaries"))
            }
            guard errors.isEmpty, let category, let count, let contact else {
                return try await trainingPage(id, context: context, errors: errors, typed: form)
            }
            let change = TrainingChange.personnel(
                PersonnelGroup(category: category, headCount: count, inContactWithBeneficiaries: contact))
            return try await changeTraining(id, context: context) {
                try await service.changeTraining(change, partner: id, by: try context.signedIn)
                return "/partners/\(id)/training?recorded=personnel"
            }
        }
        router.post("/partners/{id}/training/sessions") { _, context in
            let id = try context.parameters.require("id")
            let form = context.form
            var errors: [FieldError] = []
            let course = form["course"].map { String($0.prefix(201)) }
            if course == nil {
                errors.append(FieldError(field: "course", message: "Enter the course's name"))
            }
            if (course?.count ?? 0) > 200 {
                errors.append(
                    FieldError(field: "course", message: "The course's name must be 200 characters or fewer"))
            }
            let date = form["date"].flatMap { LocalDate($0) }
            if date == nil {
                errors.append(
                    FieldError(field: "date", message: "Enter the date as YYYY-MM-DD, for example 2026-03-31")
                )
            }
            let category = form["session-category"].flatMap(PersonnelCategory.init(rawValue:))
            if category == nil {
                errors.append(FieldError(field: "session-category", message: "Choose who attended"))
            }
            let people = form["people"].flatMap { Int($0) }
            if people == nil || people! < 1 || people! > DiligenceStore.headCountLimit {
                errors.append(
                    FieldError(
                        field: "people",
                        message:
                            "Enter the number of people as a whole number from 1 to \(DiligenceStore.headCountLimit)"
                    ))
            }
            guard errors.isEmpty, let course, let date, let category, let people else {
                return try await trainingPage(id, context: context, errors: errors, typed: form)
            }
            let session = TrainingRecord(
                course: course, date: date, provider: form["provider"].map { String($0.prefix(200)) },
                attendance: [category: Attendance(unnamedCount: people)])
            return try await changeTraining(id, context: context, typed: form) {
                try await service.changeTraining(.trainings([session]), partner: id, by: try context.signedIn)
                return "/partners/\(id)/training?recorded=session"
            }
        }
        router.post("/partners/{id}/training/attendance") { _, context in
            let id = try context.parameters.require("id")
            guard let upload = context.uploads.first(where: { $0.field == "file" }), !upload.filename.isEmpty
            else {
                return try await trainingPage(
                    id, context: context, errors: [FieldError(field: "file", message: "Choose a CSV file")])
            }
            let skip = context.form["skip"] == "yes"
            do {
                let actor = try context.signedIn
                let (_, sheet) = try await service.importAttendance(
                    upload.data, partner: id, skippingBadRows: skip, by: actor)
                var location = "/partners/\(id)/training?imported=\(sheet.rows.count)"
                if !sheet.badRows.isEmpty {
                    location += "&skipped=" + sheet.badRows.prefix(50).map(String.init).joined(separator: ",")
                }
                return Response.seeOther(location)
            } catch let error as AttendanceSheetError {
                if case .badRows(let rows) = error {
                    let count = Set(rows.map(\.row)).count
                    return try await trainingPage(
                        id, context: context,
                        errors: [
                            FieldError(
                                field: "file",
                                message:
                                    "\(count == 1 ? "1 row has" : "\(count) rows have") problems, so nothing was recorded. Correct the sheet, or choose to skip the rows with problems"
                            )
                        ], rowErrors: rows)
                }
                let text = error.description
                return try await trainingPage(
                    id, context: context,
                    errors: [FieldError(field: "file", message: "The sheet cannot be read: \(text)")])
            } catch let error as DiligenceError where error.field == .attendanceSheet {
                return try await trainingPage(
                    id, context: context, errors: [Self.attendanceError(error)])
            } catch let error as StoreError {
                if case .invalidInput(.sheet, .duplicate, _) = error {
                    return try await trainingPage(
                        id, context: context,
                        errors: [
                            FieldError(
                                field: "file", message: "The sessions of this sheet are recorded already")
                        ])
                }
                return try await trainingRefusal(id, context: context, error: error)
            }
        }
        router.post("/partners/{id}/training/confirm") { _, context in
            let id = try context.parameters.require("id")
            do {
                try await service.confirmTraining(partner: id, by: try context.signedIn)
            } catch let error as StoreError {
                return try await trainingRefusal(id, context: context, error: error)
            }
            return Response.seeOther("/partners/\(id)/training?recorded=confirmed")
        }
    }

    static func trainingMessage(_ query: WebForm) -> String? {
        if let imported = query["imported"].flatMap({ Int($0) }) {
            var text =
                imported == 1 ? "1 row of the sheet recorded." : "\(imported) rows of the sheet recorded."
            if let skipped = query["skipped"], skipped.allSatisfy({ $0.isNumber || $0 == "," }) {
                text += " Rows skipped: \(skipped.replacingOccurrences(of: ",", with: ", "))."
            }
            return text
        }
        return [
            "personnel": "The personnel in scope are recorded.", "session": "The session is recorded.",
            "confirmed": "Training is confirmed.",
        ][query["recorded"] ?? ""]
    }

    static func attendanceError(_ error: DiligenceError) -> FieldError {
        switch error.code {
        case .fileTooLarge:
            FieldError(
                field: "file",
                message:
                    "The sheet must be smaller than \(AttendanceSheet.Limits.standard.maxBytes / 1_000_000) MB; split it into smaller files"
            )
        case .notText: FieldError(field: "file", message: "The sheet must be a CSV file saved as UTF-8 text")
        case .nothingToImport: FieldError(field: "file", message: "The sheet has no row that can be recorded")
        default: FieldError(field: "file", message: "The sheet cannot be used")
        }
    }

    /// Runs a change of the training record; a refusal is shown on the page, a form's value
    /// error beside its field, and nothing is saved.
    private func changeTraining(
        _ id: String, context: WebContext, typed: WebForm = WebForm(), _ body: () async throws -> String
    ) async throws -> Response {
        do {
            return Response.seeOther(try await body())
        } catch let error as StoreError {
            switch error {
            case .invalidInput(.date, .afterToday, let values):
                return try await trainingPage(
                    id, context: context,
                    errors: [
                        FieldError(
                            field: "date",
                            message: "The date must be today (\(values["today"] ?? "")) or earlier")
                    ],
                    typed: typed)
            case .invalidInput(.course, .duplicate, _):
                return try await trainingPage(
                    id, context: context,
                    errors: [FieldError(field: "course", message: "This session is recorded already")],
                    typed: typed)
            default:
                return try await trainingRefusal(id, context: context, error: error)
            }
        }
    }

    private func trainingRefusal(_ id: String, context: WebContext, error: StoreError) async throws
        -> Response
    {
        if case .unknownSubject = error { return notFound(context) }
        let refusal: (title: String, lines: [String])
        switch error {
        case .invalidInput(.training, .belowPolicy, let values):
            refusal = (
                "Confirm training was refused",
                [
                    "Coverage of the policy's scope is \(values["share"] ?? "") (\(values["trained"] ?? "") of \(values["inScope"] ?? "") people); the policy needs \(values["threshold"] ?? "").",
                    "Record the sessions that are missing, then confirm again.",
                ]
            )
        case .invalidInput(.training, .missing, _):
            refusal = ("Confirm training was refused", ["Record the personnel in scope first."])
        case .invalidInput(.role, _, let values):
            refusal = (
                "This was refused",
                [
                    "As \(RoleNames.name(values["role"] ?? values["value"] ?? "")) you may not change this partner's training."
                ]
            )
        default:
            guard let words = WebMessages.refusal(error) else { throw error }
            refusal = words
        }
        return try await trainingPage(id, context: context, refusal: refusal)
    }
}
