//! A list fetched at run time and a page per item: the least an app on this
//! stack does, to show how much of the site's wasm the stack itself takes.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::use_params_map;
use leptos_router::path;
use serde::Deserialize;

#[derive(Deserialize, Clone)]
struct Item {
    id: String,
    title: String,
}

async fn load_items() -> Result<Vec<Item>, String> {
    let response = gloo_net::http::Request::get("items.json")
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let text = response.text().await.map_err(|e| e.to_string())?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

#[component]
fn ItemList() -> impl IntoView {
    let items = LocalResource::new(load_items);
    view! {
        <h1>"Items"</h1>
        <Suspense fallback=|| "Loading">
            {move || items.get().map(|loaded| match loaded {
                Ok(items) => view! {
                    <ul>
                        {items.into_iter().map(|item| view! {
                            <li><A href=format!("/item/{}", item.id)>{item.title}</A></li>
                        }).collect_view()}
                    </ul>
                }.into_any(),
                Err(error) => view! { <p>{error}</p> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn ItemPage() -> impl IntoView {
    let params = use_params_map();
    view! { <h1>{move || params.get().get("id").unwrap_or_default()}</h1> }
}

fn main() {
    leptos::mount::mount_to_body(|| {
        view! {
            <Router>
                <nav><A href="/">"Items"</A></nav>
                <main>
                    <Routes fallback=|| "Not found">
                        <Route path=path!("/") view=ItemList />
                        <Route path=path!("/item/:id") view=ItemPage />
                    </Routes>
                </main>
            </Router>
        }
    })
}
