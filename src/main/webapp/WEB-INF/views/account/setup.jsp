<fmt:message key="setup.title" var="title"/>
<t:bare title="${title}" bodyClass="login">
<div class="login-box">
    <div class="login-brand">
        <h1><fmt:message key="app.name"/></h1>
        <p class="tagline"><fmt:message key="setup.title"/></p>
    </div>
    <c:choose>
        <c:when test="${usersComeFromHub}">
            <div class="alert alert-info" role="status" id="setup-from-hub"><fmt:message key="setup.fromHub"/></div>
            <p><a class="btn btn-primary" href="<c:url value='/login'/>"><fmt:message key="login.submit"/></a></p>
        </c:when>
        <c:otherwise>
            <p><fmt:message key="setup.intro"/></p>
            <c:if test="${not empty errors['form']}">
                <div class="alert alert-error" role="alert"><fmt:message key="${errors['form']}"/></div>
            </c:if>
            <form method="post" action="<c:url value='/setup'/>" class="form">
                <t:csrf/>
                <t:field name="code" label="setup.code" hint="setup.code.hint">
                    <input id="f-code" name="code" maxlength="64" autocomplete="off" autocapitalize="characters" required autofocus>
                </t:field>
                <t:field name="username" label="user.username" hint="user.username.hint">
                    <input id="f-username" name="username" value="<c:out value='${form.username()}'/>" maxlength="50" required>
                </t:field>
                <t:field name="fullName" label="user.fullName">
                    <input id="f-fullName" name="fullName" value="<c:out value='${form.fullName()}'/>" maxlength="100" required>
                </t:field>
                <t:field name="password" label="user.password" hint="user.password.hint">
                    <input id="f-password" type="password" name="password" autocomplete="new-password" maxlength="128" required>
                </t:field>
                <button type="submit" class="btn btn-primary"><fmt:message key="setup.submit"/></button>
            </form>
        </c:otherwise>
    </c:choose>
</div>
</t:bare>
