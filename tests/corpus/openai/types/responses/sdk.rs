use crate::openai::types::responses::{OutputItem, OutputMessageContent, Response};
