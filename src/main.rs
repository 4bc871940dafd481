fn main() {
    leptos::mount::mount_to_body(rostering_advisor::ui::App);
}
