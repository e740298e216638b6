//! Models of the StackOne unified API.

use crate::ApiModel;

// The docs start with a heading: `apimodel::docs::markdown` takes only the text before the
// first heading as the page's description, and this model's reference document has none.
/// # Request body
///
/// The request body that creates a connect session.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(crate = "crate")]
pub struct ConnectSessionCreate {
    /// The categories of the provider to connect to
    pub categories: Option<Vec<ConnectSessionCreateCategories>>,
    /// How long the session should be valid for in seconds
    pub expires_in: Option<f64>,
    /// The metadata for the connection
    pub metadata: Option<ConnectSessionCreateMetadata>,
    /// The origin owner identifier
    pub origin_owner_id: String,
    /// The origin owner name
    pub origin_owner_name: String,
    /// The origin username
    pub origin_username: Option<String>,
    /// The provider to connect to
    pub provider: Option<String>,
}

/// # Category
///
/// The category of a provider. Open: values the API adds later are kept in `Unknown`.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
#[api(crate = "crate", rename_all = "kebab-case")]
pub enum ConnectSessionCreateCategories {
    /// `ats`
    Ats,
    /// `hris`
    Hris,
    /// `hris-legacy`
    HrisLegacy,
    /// `crm`
    Crm,
    /// `iam`
    Iam,
    /// `marketing`
    Marketing,
    /// `lms`
    Lms,
    /// `stackone`
    Stackone,
    /// `documents`
    Documents,
    /// `ticketing`
    Ticketing,
    /// `screening`
    Screening,
    /// `messaging`
    Messaging,
    /// `accounting`
    Accounting,
    /// `scheduling`
    Scheduling,
    /// A category this version does not know yet, kept as sent.
    #[api(other)]
    Unknown(String),
}

/// The metadata for the connection
///
/// # Free-form
///
/// An arbitrary set of keys and values used to tag an account: every key is kept in `values`
/// and sent back at the top level.
#[derive(ApiModel, Debug, Clone, PartialEq, Default)]
#[api(crate = "crate")]
pub struct ConnectSessionCreateMetadata {
    /// Every key and value, as sent.
    #[api(additional_properties)]
    pub values: serde_json::Map<String, serde_json::Value>,
}

impl ConnectSessionCreateMetadata {
    /// Empty metadata.
    pub fn new() -> Self {
        Self::default()
    }

    /// The value under `key`.
    pub fn get(&self, key: &str) -> Option<&serde_json::Value> {
        self.values.get(key)
    }

    /// Sets `key`, returning the value it replaces.
    pub fn insert(
        &mut self,
        key: impl Into<String>,
        value: impl Into<serde_json::Value>,
    ) -> Option<serde_json::Value> {
        self.values.insert(key.into(), value.into())
    }

    /// Removes `key`, returning its value.
    pub fn remove(&mut self, key: &str) -> Option<serde_json::Value> {
        self.values.remove(key)
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// No keys at all.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Every key and value, in key order.
    pub fn iter(&self) -> serde_json::map::Iter<'_> {
        self.values.iter()
    }
}

impl<'a> IntoIterator for &'a ConnectSessionCreateMetadata {
    type Item = (&'a String, &'a serde_json::Value);
    type IntoIter = serde_json::map::Iter<'a>;

    fn into_iter(self) -> Self::IntoIter {
        self.values.iter()
    }
}

impl<K: Into<String>, V: Into<serde_json::Value>> FromIterator<(K, V)>
    for ConnectSessionCreateMetadata
{
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        ConnectSessionCreateMetadata {
            values: iter
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        }
    }
}
