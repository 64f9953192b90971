package org.redress.store;
