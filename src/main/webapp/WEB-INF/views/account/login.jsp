<fmt:message key="login.title" var="title"/>
<t:bare title="${title}" bodyClass="login">
<div class="login-box">
    <div class="login-brand">
        <h1><fmt:message key="app.name"/></h1>
        <p class="tagline"><fmt:message key="app.tagline"/></p>
    </div>
    <c:if test="${not empty flash}">
        <fmt:message key="${flash.key()}" var="flashText"><c:forEach items="${flash.arguments()}" var="flashArg"><fmt:param value="${flashArg}"/></c:forEach></fmt:message>
        <div class="alert alert-${flash.kind()}" role="status"><c:out value="${flashText}"/></div>
    </c:if>
    <c:if test="${loginFailed}">
        <div class="alert alert-error" role="alert"><fmt:message key="login.failed"/></div>
    </c:if>
    <c:if test="${not empty waitSeconds}">
        <div class="alert alert-error" role="alert" id="login-wait"><fmt:message key="login.wait"><fmt:param value="${waitSeconds}"/></fmt:message></div>
    </c:if>
    <form method="post" action="<c:url value='/login'/>" class="form">
        <t:csrf/>
        <c:if test="${not empty returnTo}"><input type="hidden" name="kembali" value="<c:out value='${returnTo}'/>"></c:if>
        <div class="field">
            <label for="f-username"><fmt:message key="login.username"/></label>
            <input id="f-username" name="username" value="<c:out value='${username}'/>" autocomplete="username"
                   autocapitalize="none" maxlength="50" required ${empty username ? 'autofocus' : ''}>
        </div>
        <div class="field">
            <label for="f-password"><fmt:message key="login.password"/></label>
            <input id="f-password" type="password" name="password" autocomplete="current-password" maxlength="128"
                   required ${empty username ? '' : 'autofocus'}>
        </div>
        <button type="submit" class="btn btn-primary"><fmt:message key="login.submit"/></button>
    </form>
</div>
</t:bare>
