//! A deterministic generator of roster exports with known counts, in
//! OneRoster 1.1 CSV and Clever CSV, clean or messy. Shared by the native
//! tests and the `roster_gen` example (which writes files for the browser
//! tests and the import benchmark).

/// What to generate. Every count here is what the import must report.
#[derive(Clone, Debug)]
pub struct Spec {
    pub students: u32,
    pub teachers: u32,
    /// Administrators (OneRoster) or staff (Clever's staff.csv).
    pub admins: u32,
    /// Aides (OneRoster only; Clever has no aide role).
    pub aides: u32,
    /// Parents and guardians (OneRoster only): listed, but not accounts.
    pub guardians: u32,
    pub schools: u32,
    /// Students enrolled in two schools.
    pub multi_school: u32,
    /// Students without an email address.
    pub missing_email: u32,
    /// Students whose row appears twice.
    pub duplicate_ids: u32,
    /// Rows with the wrong number of fields.
    pub bad_rows: u32,
    /// A byte-order mark, CRLF line ends, quoted names holding commas, quotes
    /// and line breaks, and columns in an unusual order.
    pub messy: bool,
    pub seed: u64,
}

impl Spec {
    pub fn new(students: u32) -> Self {
        Self {
            students,
            teachers: students / 20 + 1,
            admins: students / 200 + 1,
            aides: students / 400,
            guardians: students / 10,
            // Two at least, so students can be in more than one.
            schools: (students / 400).clamp(2, 60),
            multi_school: students / 50,
            missing_email: students / 25,
            duplicate_ids: students / 500,
            bad_rows: students / 1000 + 1,
            messy: true,
            seed: 7,
        }
    }

    pub fn staff(&self) -> u32 {
        self.teachers + self.admins + self.aides
    }
}

/// A small, fixed pseudo-random sequence (xorshift), so output never varies.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const GIVEN: [&str; 8] = [
    "Ada", "Ben", "Chloé", "Dmitri", "Esi", "Farah", "Gus", "Hana",
];
const FAMILY: [&str; 8] = [
    "Lovelace", "Okafor", "Nguyen", "García", "Smith", "Ibarra", "Kowalski", "Lee",
];
/// Names a CSV writer must quote.
const MESSY_FAMILY: [&str; 3] = ["O'Brien, Jr.", "Lee \"Lucky\" Park", "Van\nder Berg"];

fn quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

/// Rows into CSV text, with the spec's line ends and column order.
struct Table {
    header: Vec<&'static str>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(header: &[&'static str]) -> Self {
        Self {
            header: header.to_vec(),
            rows: Vec::new(),
        }
    }

    fn row(&mut self, fields: Vec<String>) {
        self.rows.push(fields);
    }

    fn render(&self, spec: &Spec, bad_rows: u32) -> String {
        let eol = if spec.messy { "\r\n" } else { "\n" };
        // Messy files list their columns back to front.
        let order: Vec<usize> = if spec.messy {
            (0..self.header.len()).rev().collect()
        } else {
            (0..self.header.len()).collect()
        };
        let line = |fields: Vec<String>| -> String {
            order
                .iter()
                .map(|&i| quote(&fields[i]))
                .collect::<Vec<_>>()
                .join(",")
        };
        let mut out = String::new();
        if spec.messy {
            out.push('\u{feff}');
        }
        out += &line(self.header.iter().map(|h| h.to_string()).collect());
        out += eol;
        for (n, row) in self.rows.iter().enumerate() {
            out += &line(row.clone());
            out += eol;
            // Spread the unreadable rows through the file.
            if (n as u32) < bad_rows {
                out += "this row,is short";
                out += eol;
            }
        }
        out
    }
}

fn email(dice: &mut Dice, n: u32, missing: bool) -> String {
    if missing {
        String::new()
    } else {
        format!("{}{n}@example.org", dice.pick(&GIVEN).to_lowercase())
    }
}

fn family(dice: &mut Dice, spec: &Spec, n: u32) -> String {
    if spec.messy && n % 7 == 3 {
        MESSY_FAMILY[(n as usize / 7) % MESSY_FAMILY.len()].to_owned()
    } else {
        dice.pick(&FAMILY).to_owned()
    }
}

/// A whole OneRoster bundle: users.csv, orgs.csv and enrollments.csv, which
/// the counts come from, then manifest.csv and classes.csv, which they do not.
pub fn oneroster(spec: &Spec) -> Vec<(String, String)> {
    let mut dice = Dice(spec.seed.max(1));
    let school = |i: u32| format!("sch-{}", i % spec.schools.max(1));

    let mut orgs = Table::new(&[
        "sourcedId",
        "status",
        "dateLastModified",
        "name",
        "type",
        "identifier",
        "parentSourcedId",
    ]);
    orgs.row(vec![
        "district".into(),
        String::new(),
        String::new(),
        "Springfield Unified".into(),
        "district".into(),
        String::new(),
        String::new(),
    ]);
    for i in 0..spec.schools {
        orgs.row(vec![
            school(i),
            String::new(),
            String::new(),
            format!("School {i}, Springfield"),
            "school".into(),
            format!("S{i}"),
            "district".into(),
        ]);
    }

    let mut users = Table::new(&[
        "sourcedId",
        "status",
        "dateLastModified",
        "enabledUser",
        "orgSourcedIds",
        "role",
        "username",
        "userIds",
        "givenName",
        "familyName",
        "middleName",
        "identifier",
        "email",
        "sms",
        "phone",
        "agentSourcedIds",
        "grades",
        "password",
    ]);
    let mut enrollments = Table::new(&[
        "sourcedId",
        "status",
        "dateLastModified",
        "classSourcedId",
        "schoolSourcedId",
        "userSourcedId",
        "role",
        "primary",
        "beginDate",
        "endDate",
    ]);
    let person = |users: &mut Table,
                  dice: &mut Dice,
                  id: String,
                  role: &str,
                  n: u32,
                  orgs: String,
                  missing_email: bool| {
        let given = dice.pick(&GIVEN).to_owned();
        users.row(vec![
            id.clone(),
            String::new(),
            String::new(),
            "true".into(),
            orgs,
            role.into(),
            format!("{}{n}", given.to_lowercase()),
            String::new(),
            given,
            family(dice, spec, n),
            String::new(),
            format!("{role}-{n}"),
            email(dice, n, missing_email),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]);
    };
    for n in 0..spec.students {
        let id = format!("stu-{n}");
        let mut orgs = school(n);
        if n < spec.multi_school {
            orgs = format!("{orgs},{}", school(n + 1));
        }
        person(
            &mut users,
            &mut dice,
            id.clone(),
            "student",
            n,
            orgs,
            n >= spec.students - spec.missing_email,
        );
        enrollments.row(vec![
            format!("enr-{n}"),
            String::new(),
            String::new(),
            format!("cls-{}", n % 97),
            school(n),
            id,
            "student".into(),
            String::new(),
            String::new(),
            String::new(),
        ]);
        if n < spec.duplicate_ids {
            // The same student written out twice.
            let last = users.rows.last().cloned().unwrap_or_default();
            users.row(last);
        }
    }
    let staff = [
        ("teacher", spec.teachers),
        ("administrator", spec.admins),
        ("aide", spec.aides),
        ("guardian", spec.guardians),
    ];
    for (role, count) in staff {
        for n in 0..count {
            person(
                &mut users,
                &mut dice,
                format!("{role}-{n}"),
                role,
                n,
                school(n),
                false,
            );
        }
    }

    let mut manifest = Table::new(&["propertyName", "value"]);
    for (property, value) in [
        ("manifest.version", "1.0"),
        ("oneroster.version", "1.1"),
        ("file.users", "bulk"),
        ("file.orgs", "bulk"),
        ("file.enrollments", "bulk"),
        ("file.classes", "bulk"),
    ] {
        manifest.row(vec![property.into(), value.into()]);
    }
    let mut classes = Table::new(&[
        "sourcedId",
        "status",
        "dateLastModified",
        "title",
        "grades",
        "courseSourcedId",
        "classCode",
        "classType",
        "location",
        "schoolSourcedId",
        "termSourcedIds",
    ]);
    for n in 0..97 {
        classes.row(vec![
            format!("cls-{n}"),
            String::new(),
            String::new(),
            format!("Class {n}"),
            String::new(),
            format!("crs-{}", n % 10),
            format!("C{n}"),
            "scheduled".into(),
            String::new(),
            school(n),
            "term-1".into(),
        ]);
    }

    vec![
        ("orgs.csv".into(), orgs.render(spec, 0)),
        ("users.csv".into(), users.render(spec, spec.bad_rows)),
        ("enrollments.csv".into(), enrollments.render(spec, 0)),
        ("manifest.csv".into(), manifest.render(spec, 0)),
        ("classes.csv".into(), classes.render(spec, 0)),
    ]
}

/// A whole Clever export: schools.csv, students.csv, teachers.csv and
/// staff.csv, which the counts come from, then sections.csv and
/// enrollments.csv, which name every student once per class and are not
/// needed.
pub fn clever(spec: &Spec) -> Vec<(String, String)> {
    let mut dice = Dice(spec.seed.max(1));
    let school = |i: u32| format!("{}", 100 + i % spec.schools.max(1));

    let mut schools = Table::new(&[
        "School_id",
        "School_name",
        "School_number",
        "State_id",
        "Low_grade",
        "High_grade",
    ]);
    for i in 0..spec.schools {
        schools.row(vec![
            school(i),
            format!("School {i}, Springfield"),
            format!("{i}"),
            String::new(),
            "K".into(),
            "12".into(),
        ]);
    }
    let mut students = Table::new(&[
        "School_id",
        "Student_id",
        "Student_number",
        "State_id",
        "Last_name",
        "First_name",
        "Grade",
        "Student_email",
    ]);
    for n in 0..spec.students {
        let mut row = vec![
            school(n),
            format!("{n}"),
            format!("SN{n}"),
            String::new(),
            family(&mut dice, spec, n),
            dice.pick(&GIVEN).to_owned(),
            format!("{}", n % 12 + 1),
            email(&mut dice, n, n >= spec.students - spec.missing_email),
        ];
        students.row(row.clone());
        if n < spec.multi_school {
            // Clever lists a student once for each school.
            row[0] = school(n + 1);
            students.row(row.clone());
        }
        if n < spec.duplicate_ids {
            row[0] = school(n);
            students.row(row);
        }
    }
    let mut teachers = Table::new(&[
        "School_id",
        "Teacher_id",
        "Teacher_number",
        "Last_name",
        "First_name",
        "Teacher_email",
        "Title",
    ]);
    for n in 0..spec.teachers {
        teachers.row(vec![
            school(n),
            format!("{n}"),
            format!("TN{n}"),
            family(&mut dice, spec, n),
            dice.pick(&GIVEN).to_owned(),
            email(&mut dice, n, false),
            "Teacher".into(),
        ]);
    }
    let mut staff = Table::new(&[
        "School_id",
        "Staff_id",
        "Staff_email",
        "First_name",
        "Last_name",
        "Department",
        "Title",
    ]);
    for n in 0..spec.admins + spec.aides {
        staff.row(vec![
            school(n),
            format!("{n}"),
            email(&mut dice, n, false),
            dice.pick(&GIVEN).to_owned(),
            family(&mut dice, spec, n),
            "Office".into(),
            "Staff".into(),
        ]);
    }
    let sections_count = spec.teachers.max(1);
    let mut sections = Table::new(&[
        "School_id",
        "Section_id",
        "Teacher_id",
        "Name",
        "Grade",
        "Subject",
    ]);
    for n in 0..sections_count {
        sections.row(vec![
            school(n),
            format!("sec-{n}"),
            format!("{n}"),
            format!("Section {n}"),
            format!("{}", n % 12 + 1),
            "math".into(),
        ]);
    }
    let mut enrollments = Table::new(&["School_id", "Section_id", "Student_id"]);
    for n in 0..spec.students {
        // Two classes each, at the student's school.
        for k in 0..2 {
            enrollments.row(vec![
                school(n),
                format!("sec-{}", (n + k) % sections_count),
                format!("{n}"),
            ]);
        }
    }
    vec![
        ("schools.csv".into(), schools.render(spec, 0)),
        ("students.csv".into(), students.render(spec, spec.bad_rows)),
        ("teachers.csv".into(), teachers.render(spec, 0)),
        ("staff.csv".into(), staff.render(spec, 0)),
        ("sections.csv".into(), sections.render(spec, 0)),
        ("enrollments.csv".into(), enrollments.render(spec, 0)),
    ]
}
