use apimodel::ApiModel;

// Two models with a field of the same name: each error names the field alone.
#[derive(ApiModel)]
pub struct Team {
    pub name: String,
}

#[derive(ApiModel)]
pub struct Project {
    pub name: String,
    pub team: Team,
}

fn main() {
    let team = Team::builder().build();
    let _project = Project::builder().team(team).build();
}
