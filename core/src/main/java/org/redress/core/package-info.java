package org.redress.core;
