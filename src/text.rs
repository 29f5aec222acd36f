//! Text statistics shared by the stages. (being written)
